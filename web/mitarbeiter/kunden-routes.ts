// Client accounts (Admin only): create with access letter, renew access, deactivate.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { Readable } from 'node:stream';
import { pdfSenden } from '../components/download.js';
import { kundeAnlegen } from '../../services/konten/kunde-anlegen.js';
import { zugangErneuern } from '../../services/konten/zugang-erneuern.js';
import { kundeDeaktivieren } from '../../services/kunden/kunde-deaktivieren.js';
import { kundenverwaltungLaden } from '../../services/kunden/kundenverwaltung.js';
import { KundenPage } from './kunden-page.js';
import { teamErforderlich } from './team-erforderlich.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import type { KundeProblem } from '../../services/kunden/kunde-speichern.js';

function fehlerText(feld: string, code: KundeProblem): string {
  switch (code) {
    case 'format':
      return feld === 'email'
        ? 'Die E-Mail-Adresse ist ungültig.'
        : 'Die Kundennummer hat drei Ziffern, einen Buchstaben und sechs Ziffern.';
    case 'vergeben':
      return 'Diese Kundennummer gibt es schon.';
    case 'fehlt':
      if (feld === 'bgNummer') return 'Bitte die BG-Nummer angeben.';
      return feld === 'vorname' ? 'Bitte den Vornamen angeben.' : 'Bitte den Nachnamen angeben.';
    case 'team':
    case 'unbekannt':
      return feld === 'ansprechpartner'
        ? 'Bitte jemanden aus der Vermittlung wählen.'
        : 'Bitte jemanden aus der Leistung wählen.';
  }
}

export function kundenRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const nurAdmin = teamErforderlich('admin');
  const zugangsschreibenSenden = (ctx: Context, kundennummer: string, pdf: Uint8Array) =>
    pdfSenden(ctx, Readable.from([Buffer.from(pdf)]), `zugang-${kundennummer}.pdf`);

  router.get('/kunden', nurAdmin, async (ctx) => {
    renderHtml(ctx, KundenPage({ kontext: ctx.state.arbeitsplatz, ...(await kundenverwaltungLaden(app)) }));
  });

  router.post('/kunden', nurAdmin, async (ctx) => {
    const werte = ctx.state.formular.felder;
    const feld = (name: string) => werte[name] ?? '';
    try {
      const { kundennummer, pdf } = await kundeAnlegen(
        app.db,
        {
          kundennummer: feld('kundennummer'),
          bgNummer: feld('bgNummer'),
          vorname: feld('vorname'),
          nachname: feld('nachname'),
          strasse: feld('strasse'),
          plz: feld('plz'),
          ort: feld('ort'),
          email: feld('email'),
          einwilligung: werte.einwilligung === '1',
          ansprechpartnerId: Number(werte.ansprechpartner) || undefined,
          leistungssachbearbeiterId: Number(werte.leistungssachbearbeiter) || undefined,
        },
        app.config.qrSchluessel,
      );
      zugangsschreibenSenden(ctx, kundennummer, pdf);
    } catch (error) {
      const fehler = mitarbeiterFehler(error, fehlerText);
      renderHtml(
        ctx,
        KundenPage({
          kontext: ctx.state.arbeitsplatz,
          ...(await kundenverwaltungLaden(app)),
          werte,
          fehler,
        }),
        400,
      );
    }
  });

  router.post('/kunden/:nummer/zugang', nurAdmin, async (ctx) => {
    const { kundennummer, pdf } = await zugangErneuern(app.db, ctx.params.nummer!, app.config.qrSchluessel);
    zugangsschreibenSenden(ctx, kundennummer, pdf);
  });

  router.post('/kunden/:nummer/deaktivieren', nurAdmin, async (ctx) => {
    await kundeDeaktivieren(app.db, ctx.params.nummer!);
    await sitzungen.melden(ctx, `Das Konto ${ctx.params.nummer} ist deaktiviert; offene Anmeldungen sind beendet.`);
    ctx.redirect('/mitarbeiter/kunden');
  });
}
