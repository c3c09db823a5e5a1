// Public booking (no account) and the cancel/move link of the confirmation mail; POSTs are rate-limited per address like the sign-in forms.
import Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { buchungsAuswahl } from '../../services/termine/buchungs-auswahl.js';
import { freieSlots } from '../../services/termine/freie-slots.js';
import { slotBuchen } from '../../services/termine/slot-buchen.js';
import { terminLinkAbsagen } from '../../services/termine/termin-link-absagen.js';
import { terminLinkLesen } from '../../services/termine/termin-link-lesen.js';
import { terminLinkVerschieben } from '../../services/termine/termin-link-verschieben.js';
import { buchungFehler, buchungStatus } from '../components/buchung-fehler.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import { translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { OeffentlichBuchenPage } from './termin-buchen-page.js';
import { TerminLinkPage, type LinkErgebnis } from './termin-link-page.js';

export function terminRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router();
  const sprache = (ctx: Context) => translator(ctx.state.sitzung?.daten.sprache);

  router.get('/termin-buchen', async (ctx) => {
    const auswahl = await buchungsAuswahl(app.db, true, ctx.query.anliegen);
    const gebucht = ctx.query.gebucht !== undefined;
    renderHtml(
      ctx,
      OeffentlichBuchenPage({ i18n: sprache(ctx), csrf: await sitzungen.csrfFuer(ctx), auswahl, gebucht }),
    );
  });

  router.post('/termin-buchen', rateLimit({ proMinute: 10 }), async (ctx) => {
    const { anliegen = '', slot = '', name = '', email = '' } = ctx.state.formular.felder;
    const i18n = sprache(ctx);
    try {
      await slotBuchen(app, Number(slot || NaN), { gast: { name, email, sprache: i18n.sprache } });
      ctx.redirect('/termin-buchen?gebucht');
    } catch (error) {
      const fehler = buchungFehler(error, i18n);
      const auswahl = await buchungsAuswahl(app.db, true, anliegen);
      const csrf = await sitzungen.csrfFuer(ctx);
      const gast = { name, email };
      renderHtml(ctx, OeffentlichBuchenPage({ i18n, csrf, auswahl, gast, fehler }), buchungStatus(error));
    }
  });

  const linkSeite = async (ctx: Context, status = 200, ergebnis?: LinkErgebnis, fehler: FeldFehlerEintrag[] = []) => {
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Cache-Control', 'no-store');
    const token = ctx.params.token!;
    const termin = ergebnis ? undefined : await terminLinkLesen(app.db, token);
    const slots = termin
      ? (await freieSlots(app.db, termin.anliegenId)).filter((s) => s.beginn.getTime() !== termin.beginn.getTime())
      : [];
    const csrf = await sitzungen.csrfFuer(ctx);
    renderHtml(
      ctx,
      TerminLinkPage({ i18n: sprache(ctx), csrf, token, termin, slots, ergebnis, fehler }),
      termin || ergebnis ? status : 410,
    );
  };

  router.get('/termin/:token', (ctx) => linkSeite(ctx));

  router.post('/termin/:token/absagen', rateLimit({ proMinute: 10 }), async (ctx) => {
    await terminLinkAbsagen(app, ctx.params.token!).then(
      () => linkSeite(ctx, 200, 'abgesagt'),
      (error) => linkFehler(ctx, error),
    );
  });

  router.post('/termin/:token/verschieben', rateLimit({ proMinute: 10 }), async (ctx) => {
    const slot = Number(ctx.state.formular.felder.slot || NaN);
    await terminLinkVerschieben(app, ctx.params.token!, slot).then(
      () => linkSeite(ctx, 200, 'verschoben'),
      (error) => linkFehler(ctx, error),
    );
  });

  /** A used or expired link answers 410; a taken or missing slot shows the page again with the message. */
  const linkFehler = (ctx: Context, error: unknown) =>
    (error as { typ?: string }).typ === 'nicht_gefunden'
      ? linkSeite(ctx, 410, 'ungueltig')
      : linkSeite(ctx, buchungStatus(error), undefined, buchungFehler(error, sprache(ctx)));
  return router;
}
