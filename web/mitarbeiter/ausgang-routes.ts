// Outbound letters in the staff workspace (to clients and partner organisations): the form and the list of sent letters.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { grenzen } from '../../domain/grenzen.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { loeschsperreAendern } from './loeschsperre.js';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { ausgangsverwaltungLaden } from '../../services/ausgang/ausgangsverwaltung.js';
import { briefBereitstellen } from '../../services/ausgang/brief-bereitstellen.js';
import { zurPostGegeben } from '../../services/ausgang/zur-post.js';
import { AusgangPage } from './ausgang-page.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import type { BriefProblem } from '../../services/ausgang/brief-annehmen.js';

function fehlerText(feld: string, code: BriefProblem): string {
  switch (code) {
    case 'fehlt':
      if (feld === 'dokumentart') return 'Bitte die Dokumentart angeben.';
      if (feld === 'bereich') return 'Bitte den Bereich wählen.';
      return feld === 'name' ? 'Bitte einen Namen angeben.' : 'Bitte ein PDF auswählen.';
    case 'zu_lang':
      return 'Bitte prüfen.';
    case 'zu_gross':
      return `Das PDF ist größer als ${grenzen.bytesProDatei / 1024 / 1024} MB.`;
    case 'kein_pdf':
      return 'Die Datei ist kein PDF.';
    case 'unbekannt':
      return feld === 'empfaenger'
        ? 'Diese Partnerorganisation gibt es nicht.'
        : 'Diese Kundennummer gibt es nicht (oder das Konto ist deaktiviert).';
    case 'keine_einwilligung':
      return 'Die Kundin oder der Kunde hat der elektronischen Zustellung nicht zugestimmt. Bitte per Post senden.';
    case 'nicht_zugewiesen':
      return 'Diese Kundin oder dieser Kunde ist der Organisation nicht zugewiesen. Bitte zuerst eine Zuweisung senden.';
    case 'nicht_fuer_partner':
      return 'An Partner gehen nur Zuweisung, Lebenslauf, Zeugnisse/Zertifikate und Arbeitsunfähigkeitsbescheinigung.';
  }
}

/** 'kunde' (or nothing) means a client; otherwise a partner's id, and anything unparsable an unknown partner. */
const partnerAusWahl = (empfaenger: string | undefined) =>
  !empfaenger || empfaenger === 'kunde' ? undefined : /^\d{1,9}$/.test(empfaenger) ? Number(empfaenger) : -1;

export function ausgangRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const seite = async (ctx: Context, werte?: Record<string, string>, fehler?: Array<{ feld: string; text: string }>) =>
    renderHtml(
      ctx,
      AusgangPage({
        kontext: ctx.state.arbeitsplatz,
        ...(await ausgangsverwaltungLaden(app)),
        werte,
        fehler,
      }),
      fehler ? 400 : 200,
    );

  router.get('/ausgang', (ctx) => seite(ctx));

  router.post('/ausgang/:ausgangsnummer/zur-post', async (ctx) => {
    const ausgangsnummer = String(ctx.params.ausgangsnummer ?? '');
    await zurPostGegeben(app.db, ausgangsnummer);
    await sitzungen.melden(ctx, `Für das Schreiben ${ausgangsnummer} ist der Tag der Aufgabe zur Post vermerkt.`);
    ctx.redirect('/mitarbeiter/ausgang');
  });

  router.post('/ausgang/:ausgangsnummer/loeschsperre', async (ctx) => {
    const ausgangsnummer = String(ctx.params.ausgangsnummer ?? '');
    try {
      await sitzungen.melden(ctx, await loeschsperreAendern(app.db, ctx, { art: 'ausgang', ausgangsnummer }));
    } catch (error) {
      if (error instanceof FachlicherFehler && ['konflikt', 'ungueltige_eingabe'].includes(error.typ))
        return seite(ctx, undefined, [{ feld: `grund-${ausgangsnummer}`, text: error.message }]);
      throw error;
    }
    ctx.redirect('/mitarbeiter/ausgang');
  });

  router.post('/ausgang', async (ctx) => {
    const werte = ctx.state.formular.felder;
    const datei = ctx.state.formular.dateien.find((d) => d.feld === 'datei');
    const partnerId = partnerAusWahl(werte.empfaenger);
    try {
      const { ausgangsnummer } = await briefBereitstellen(app, {
        kundennummer: werte.kundennummer ?? '',
        partnerId,
        dokumentart: werte.dokumentart ?? '',
        bereich: werte.bereich ?? '',
        name: werte.name ?? '',
        info: werte.info,
        pdf: datei,
        erstelltVon: ctx.state.mitarbeiter.id,
      });
      const wo = partnerId === undefined ? 'der Kundin oder des Kunden' : 'der Partnerorganisation';
      await sitzungen.melden(
        ctx,
        `Das Schreiben ${ausgangsnummer} liegt im Eingang ${wo}; die Benachrichtigung ist unterwegs.`,
      );
      ctx.redirect('/mitarbeiter/ausgang');
    } catch (error) {
      await seite(ctx, werte, mitarbeiterFehler(error, fehlerText));
    }
  });
}
