// Termin buchen for signed-in clients: every Anliegen, booking through the same use case as guests.
import type Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { buchungsAuswahl } from '../../services/termine/buchungs-auswahl.js';
import { slotBuchen } from '../../services/termine/slot-buchen.js';
import { buchungFehler, buchungStatus } from '../components/buchung-fehler.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { TerminBuchenPage } from './termin-buchen-page.js';

export function terminBuchenRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  router.get('/termin-buchen', async (ctx) => {
    const auswahl = await buchungsAuswahl(app.db, false, ctx.query.anliegen);
    renderHtml(ctx, TerminBuchenPage({ kontext: ctx.state.portal, auswahl }));
  });

  router.post('/termin-buchen', async (ctx) => {
    const { anliegen = '', slot = '' } = ctx.state.formular.felder;
    const { i18n } = ctx.state.portal;
    try {
      const { beginn } = await slotBuchen(app, Number(slot || NaN), { kundeId: ctx.state.kunde.id });
      const wann = { datum: i18n.datum(beginn), uhrzeit: i18n.uhrzeit(beginn) };
      await sitzungen.melden(ctx, i18n.tf('buchen.erfolg', wann));
      ctx.redirect('/kunde/termine');
    } catch (error) {
      const fehler = buchungFehler(error, i18n);
      const auswahl = await buchungsAuswahl(app.db, false, anliegen);
      renderHtml(ctx, TerminBuchenPage({ kontext: ctx.state.portal, auswahl, fehler }), buchungStatus(error));
    }
  });
}
