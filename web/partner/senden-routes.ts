// Partner: Dokument senden and Mitteilung senden for an assigned client; both go through dokumentEingang with Kanal "partner".
import type Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { dokumentFehler, mitteilungFehler } from '../components/einreichung-fehler.js';
import { formularFehler, formularStatus } from '../components/formular-fehler.js';
import { dokumentEinreichen, mitteilungEinreichen, type Absender } from '../../services/eingang/einreichen.js';
import { DokumentSendenPage } from '../portal/dokument-senden-page.js';
import { MitteilungPage } from '../portal/mitteilung-page.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import type { SitzungsPartner } from '../sitzung/sitzung.js';
import { berechtigtAusFormular } from '../portal/kunde-felder.js';

const absender = (partner: SitzungsPartner): Absender => ({
  kanal: 'partner',
  partnerId: partner.partnerId,
  partnerBenutzerId: partner.benutzerId,
});

/** The client fields as the submission checks them (against the assignment, never trusting the form). */
const kundeAusFormular = (werte: Record<string, string>) => ({
  kundennummer: werte.kundennummer ?? '',
  bgNummer: werte.bg_nummer ?? '',
  kundenname: werte.kundenname ?? '',
  kundeBerechtigt: berechtigtAusFormular(werte.kunde_berechtigt),
});

export function partnerSendenRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  router.get('/dokument-senden', (ctx) => renderHtml(ctx, DokumentSendenPage({ kontext: ctx.state.portal })));

  router.post('/dokument-senden', async (ctx) => {
    const werte = ctx.state.formular.felder;
    const { i18n } = ctx.state.portal;
    try {
      const { dateien } = ctx.state.formular;
      const dokumentart = werte.dokumentart ?? '';
      const { eingangsnummer } = await dokumentEinreichen(app, {
        absender: absender(ctx.state.partner),
        ...kundeAusFormular(werte),
        dokumentart,
        info: werte.info?.trim() || undefined,
        dateien,
      });
      await sitzungen.melden(ctx, i18n.tf('partner.senden.erfolg', { name: dokumentart, nummer: eingangsnummer }));
      ctx.redirect('/partner/dokument-senden');
    } catch (error) {
      const fehler = formularFehler(error, i18n, dokumentFehler);
      renderHtml(ctx, DokumentSendenPage({ kontext: ctx.state.portal, werte, fehler }), formularStatus(error));
    }
  });

  router.get('/mitteilung-senden', (ctx) => renderHtml(ctx, MitteilungPage({ kontext: ctx.state.portal })));

  router.post('/mitteilung-senden', async (ctx) => {
    const werte = ctx.state.formular.felder;
    const { i18n } = ctx.state.portal;
    const { partner } = ctx.state;
    try {
      const { eingangsnummer } = await mitteilungEinreichen(app, {
        absender: absender(partner),
        ...kundeAusFormular(werte),
        bereich: werte.bereich ?? '',
        betreff: werte.betreff ?? '',
        notiz: werte.notiz ?? '',
        absenderZeilen: [partner.partnerName, `${partner.vorname} ${partner.nachname}`, partner.email],
      });
      await sitzungen.melden(
        ctx,
        i18n.tf('partner.mitteilung.erfolg', { name: (werte.betreff ?? '').trim(), nummer: eingangsnummer }),
      );
      ctx.redirect('/partner/gesendet');
    } catch (error) {
      const fehler = formularFehler(error, i18n, mitteilungFehler);
      renderHtml(ctx, MitteilungPage({ kontext: ctx.state.portal, werte, fehler }), 400);
    }
  });
}
