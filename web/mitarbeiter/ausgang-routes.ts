// Outbound letters in the staff workspace: the form and the list of sent letters.
import type Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { briefBereitstellen } from '../ausgang/bereitstellen.js';
import { AusgangPage } from './ausgang-page.js';
import { feldFehlerTexte } from '../components/formular-fehler.js';

const ausgangFehler: Record<string, string> = {
  'kundennummer:unbekannt': 'Diese Kundennummer gibt es nicht (oder das Konto ist deaktiviert).',
  'kundennummer:keine_einwilligung': 'Die Kundin oder der Kunde hat der elektronischen Zustellung nicht zugestimmt. Bitte per Post senden.',
  dokumentart: 'Bitte die Dokumentart angeben.',
  bereich: 'Bitte den Bereich wählen.',
  name: 'Bitte einen Namen angeben.',
  'datei:fehlt': 'Bitte ein PDF auswählen.',
  'datei:zu_gross': 'Das PDF ist größer als 25 MB.',
  'datei:kein_pdf': 'Die Datei ist kein PDF.',
};

export function ausgangRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const ausgangZeilen = () =>
    app.db('ausgangsdokumente as a')
      .join('kunden as k', 'k.id', 'a.kunde_id')
      .orderBy('a.bereitgestellt_am', 'desc')
      .limit(50)
      .select('a.ausgangsnummer', 'k.kundennummer', 'a.name', 'a.dokumentart', 'a.versandstatus', 'a.benachrichtigt_am as benachrichtigtAm', 'a.abgerufen_am as abgerufenAm');

  router.get('/ausgang', async (ctx) => renderHtml(ctx, AusgangPage({ kontext: ctx.state.arbeitsplatz, zeilen: await ausgangZeilen() })));

  router.post('/ausgang', async (ctx) => {
    const werte = ctx.state.formular.felder as Record<string, string>;
    const datei = (ctx.state.formular.dateien as Array<{ feld: string; bytes: Buffer }>).find((d) => d.feld === 'datei');
    try {
      const { ausgangsnummer } = await briefBereitstellen(app, {
        kundennummer: werte.kundennummer ?? '',
        dokumentart: werte.dokumentart ?? '',
        bereich: werte.bereich ?? '',
        name: werte.name ?? '',
        info: werte.info,
        pdf: datei?.bytes,
        erstelltVon: ctx.state.mitarbeiter.id,
      });
      await sitzungen.melden(ctx, `Das Schreiben ${ausgangsnummer} liegt im Eingang der Kundin oder des Kunden; die Benachrichtigung ist unterwegs.`);
      ctx.redirect('/mitarbeiter/ausgang');
    } catch (error) {
      const fehler = feldFehlerTexte(error, ausgangFehler);
      renderHtml(ctx, AusgangPage({ kontext: ctx.state.arbeitsplatz, zeilen: await ausgangZeilen(), werte, fehler }), 400);
    }
  });
}
