// Partner sign-in with e-mail and password, "Passwort vergessen" and the invitation link.
import Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerAnmelden } from '../../services/anmeldung/partner-anmelden.js';
import { LoginPage } from '../auth/login-page.js';
import { vergessenRoutes } from '../auth/vergessen-routes.js';
import { partnerZugang } from '../auth/zugang.js';
import { translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { partnerLinkAktionen } from './passwort-link-aktionen.js';

export function partnerAnmeldungRoutes(app: AppContext, sitzungen: Sitzungen): Router[] {
  const router = new Router();
  const { csrfFuer } = sitzungen;

  router.get('/partner/anmelden', async (ctx) => {
    if (ctx.state.sitzung?.partner) return ctx.redirect('/partner');
    const i18n = translator(ctx.state.sitzung?.daten.sprache);
    const meldung =
      ctx.query.abgemeldet !== undefined
        ? i18n.t('abmelden.erfolg')
        : ctx.query.neues_passwort !== undefined
          ? i18n.t('vergessen.erfolg')
          : undefined;
    renderHtml(ctx, LoginPage({ i18n, csrf: await csrfFuer(ctx), zugang: partnerZugang, meldung }));
  });

  router.post('/partner/anmelden', rateLimit({ proMinute: 30 }), async (ctx) => {
    const { email = '', passwort = '' } = ctx.state.formular.felder;
    try {
      const benutzer = await partnerAnmelden(app.db, { email, passwort });
      await sitzungen.starten(ctx, { partnerBenutzerId: benutzer.benutzerId, sprache: benutzer.sprache });
      ctx.redirect('/partner');
    } catch (error) {
      if (
        !(error instanceof FachlicherFehler) ||
        !['anmeldung_fehlgeschlagen', 'zu_viele_versuche'].includes(error.typ)
      )
        throw error;
      const i18n = translator(ctx.state.sitzung?.daten.sprache);
      const gesperrt = error.typ === 'zu_viele_versuche';
      const fehler = i18n.t(gesperrt ? 'fehler.zu_viele_versuche' : 'partner.login.fehlgeschlagen');
      renderHtml(
        ctx,
        LoginPage({ i18n, csrf: await csrfFuer(ctx), zugang: partnerZugang, kennung: email, fehler }),
        gesperrt ? 429 : 401,
      );
    }
  });
  return [router, vergessenRoutes(partnerZugang, partnerLinkAktionen(app), sitzungen)];
}
