// Client sign-in and sign-out.
import Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { istSprache, translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { spracheWaehlen } from '../sitzung/sprache-waehlen.js';
import { kundeAnmelden } from '../../services/anmeldung/kunde-anmelden.js';
import { LoginPage } from './login-page.js';

export function authRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router();
  const { csrfFuer } = sitzungen;

  router.get('/', (ctx) => ctx.redirect(ctx.state.sitzung?.daten.kundeId ? '/kunde' : '/anmelden'));

  router.get('/anmelden', async (ctx) => {
    if (ctx.state.sitzung?.daten.kundeId) return ctx.redirect('/kunde');
    const i18n = translator(ctx.state.sitzung?.daten.sprache);
    const meldung =
      ctx.query.abgemeldet !== undefined
        ? i18n.t('abmelden.erfolg')
        : ctx.query.neues_passwort !== undefined
          ? i18n.t('vergessen.erfolg')
          : undefined;
    renderHtml(ctx, LoginPage({ i18n, csrf: await csrfFuer(ctx), meldung }));
  });

  router.post('/anmelden', rateLimit({ proMinute: 30 }), async (ctx) => {
    const { kundennummer = '', passwort = '' } = ctx.state.formular.felder;
    try {
      const kunde = await kundeAnmelden(app.db, { kundennummer, passwort });
      await sitzungen.starten(ctx, {
        kundeId: kunde.id,
        sprache: kunde.sprache,
        passwortAendern: kunde.passwortAendern,
      });
      ctx.redirect(kunde.passwortAendern ? '/kunde/passwort' : '/kunde');
    } catch (error) {
      if (
        !(error instanceof FachlicherFehler) ||
        !['anmeldung_fehlgeschlagen', 'zu_viele_versuche'].includes(error.typ)
      )
        throw error;
      const i18n = translator(ctx.state.sitzung?.daten.sprache);
      const status = error.typ === 'zu_viele_versuche' ? 429 : 401;
      renderHtml(
        ctx,
        LoginPage({ i18n, csrf: await csrfFuer(ctx), kennung: kundennummer, fehler: i18n.t(`fehler.${error.typ}`) }),
        status,
      );
    }
  });

  // The language choice of the page header and the first-login page: kept in the session, and on the account when signed in.
  router.post('/sprache', async (ctx) => {
    const { sprache, zurueck = '/anmelden' } = ctx.state.formular.felder;
    if (!istSprache(sprache) || !ctx.state.sitzung) throw new FachlicherFehler('ungueltige_eingabe');
    await spracheWaehlen(app.db, sitzungen, ctx.state.sitzung, sprache);
    ctx.redirect(/^(\/[a-z-]+){1,2}$/.test(zurueck) ? zurueck : '/anmelden');
  });

  router.post('/abmelden', async (ctx) => {
    const partner = Boolean(ctx.state.sitzung?.daten.partnerBenutzerId);
    await sitzungen.beenden(ctx);
    ctx.redirect(partner ? '/partner/anmelden?abgemeldet' : '/anmelden?abgemeldet');
  });
  return router;
}
