// Staff sign-in with the organisation's identity provider: authorization code with PKCE, state and nonce; logout there too.
import Router from '@koa/router';
import * as client from 'openid-client';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { renderHtml } from '../render.js';
import { AbgemeldetPage } from './arbeitsplatz-page.js';
import { mitarbeiterAusClaims, type StaffClaims } from '../../services/anmeldung/mitarbeiter-anmelden.js';
import { oidcKonfiguration, SCOPE } from './oidc.js';

export function mitarbeiterAnmeldungRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router({ prefix: '/mitarbeiter' });
  const konfiguration = oidcKonfiguration(app.config);
  const rueckruf = () => `${app.config.publicUrl}/mitarbeiter/rueckruf`;

  router.get('/anmelden', async (ctx) => {
    const oidc = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
    };
    const ziel = client.buildAuthorizationUrl(await konfiguration(), {
      redirect_uri: rueckruf(),
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(oidc.verifier),
      code_challenge_method: 'S256',
      state: oidc.state,
      nonce: oidc.nonce,
    });
    await sitzungen.starten(ctx, { oidc });
    ctx.redirect(ziel.href);
  });

  router.get('/rueckruf', async (ctx) => {
    const oidc = ctx.state.sitzung?.daten.oidc;
    if (!oidc) throw new FachlicherFehler('formular_abgelaufen', 'Anmeldung nicht begonnen');
    const antwort = await client
      .authorizationCodeGrant(await konfiguration(), new URL(ctx.originalUrl, app.config.publicUrl), {
        pkceCodeVerifier: oidc.verifier,
        expectedState: oidc.state,
        expectedNonce: oidc.nonce,
      })
      .catch((error: unknown) => {
        ctx.state.log?.warn({ err: error }, 'staff sign-in refused');
        throw new FachlicherFehler('nicht_berechtigt', 'Anmeldung abgelehnt');
      });
    const idClaims = antwort.claims();
    if (!idClaims) throw new FachlicherFehler('nicht_berechtigt', 'keine ID-Token-Claims');
    // Team, roles and e-mail come from the userinfo endpoint, checked against the ID token's subject.
    const userinfo = await client.fetchUserInfo(await konfiguration(), antwort.access_token, idClaims.sub);
    const mitarbeiter = await mitarbeiterAusClaims(app.db, { ...idClaims, ...userinfo } as StaffClaims);
    await sitzungen.starten(ctx, {
      mitarbeiterId: mitarbeiter.id,
      team: mitarbeiter.team,
      idToken: antwort.id_token,
      sprache: 'de',
    });
    ctx.redirect('/mitarbeiter');
  });

  router.post('/abmelden', async (ctx) => {
    const idToken = ctx.state.sitzung?.daten.idToken;
    await sitzungen.beenden(ctx);
    const ende = client.buildEndSessionUrl(await konfiguration(), {
      post_logout_redirect_uri: `${app.config.publicUrl}/mitarbeiter/abgemeldet`,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
    ctx.redirect(ende.href);
  });

  router.get('/abgemeldet', (ctx) => renderHtml(ctx, AbgemeldetPage()));
  return router;
}
