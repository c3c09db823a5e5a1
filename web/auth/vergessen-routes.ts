// Routes of "Passwort vergessen"; the token lives in the path and is only ever compared by hash.
import Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzung, Sitzungen } from '../sitzung/sitzung.js';
import type { Context } from 'koa';
import { linkAnfordern, linkEinloesen, linkGueltig } from './passwort-vergessen.js';
import { LinkAnfordernPage, NeuesPasswortPage } from './vergessen-page.js';

export function vergessenRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router();
  const sprache = (ctx: Context) => translator((ctx.state.sitzung as Sitzung | undefined)?.daten.sprache);

  router.get('/passwort-vergessen', async (ctx) => {
    renderHtml(ctx, LinkAnfordernPage({ i18n: sprache(ctx), csrf: await sitzungen.csrfFuer(ctx), bestaetigt: ctx.query.angefordert !== undefined }));
  });

  router.post('/passwort-vergessen', rateLimit({ proMinute: 10 }), async (ctx) => {
    const { kundennummer = '' } = ctx.state.formular.felder as Record<string, string>;
    const i18n = sprache(ctx);
    if (!kundennummer.trim() || kundennummer.length > 40) {
      const fehler = [{ feld: 'kundennummer', text: i18n.t('vergessen.fehler.kundennummer') }];
      return renderHtml(ctx, LinkAnfordernPage({ i18n, csrf: await sitzungen.csrfFuer(ctx), fehler }), 400);
    }
    await linkAnfordern(app, kundennummer);
    ctx.redirect('/passwort-vergessen?angefordert');
  });

  router.get('/passwort-neu/:token', async (ctx) => {
    ctx.set('Referrer-Policy', 'no-referrer');
    const gueltig = await linkGueltig(app.db, ctx.params.token!);
    renderHtml(ctx, NeuesPasswortPage({ i18n: sprache(ctx), csrf: await sitzungen.csrfFuer(ctx), token: ctx.params.token!, gueltig }), gueltig ? 200 : 410);
  });

  router.post('/passwort-neu/:token', rateLimit({ proMinute: 10 }), async (ctx) => {
    ctx.set('Referrer-Policy', 'no-referrer');
    const { neu = '', wiederholung = '' } = ctx.state.formular.felder as Record<string, string>;
    const i18n = sprache(ctx);
    const ergebnis = await linkEinloesen(app.db, ctx.params.token!, neu, wiederholung);
    if (ergebnis.ok) return ctx.redirect('/anmelden?neues_passwort');
    const csrf = await sitzungen.csrfFuer(ctx);
    if (ergebnis.problem === 'link_ungueltig') return renderHtml(ctx, NeuesPasswortPage({ i18n, csrf, token: ctx.params.token!, gueltig: false }), 410);
    const fehler = [{ feld: ergebnis.problem === 'ungleich' ? 'wiederholung' : 'neu', text: i18n.t(`passwort.${ergebnis.problem}`) }];
    renderHtml(ctx, NeuesPasswortPage({ i18n, csrf, token: ctx.params.token!, gueltig: true, fehler }), 400);
  });
  return router;
}
