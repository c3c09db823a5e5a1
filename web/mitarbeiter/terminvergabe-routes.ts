// Terminvergabe (Admin team: Anliegen and slots) and every staff member's Tagesplan with attended/missed.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { anliegenAendern } from '../../services/termine/anliegen-aendern.js';
import {
  anliegenAnlegen,
  type AnliegenEingabe,
  type AnliegenProblem,
} from '../../services/termine/anliegen-anlegen.js';
import { anwesenheitErfassen } from '../../services/termine/anwesenheit-erfassen.js';
import { slotLoeschen } from '../../services/termine/slot-loeschen.js';
import { slotsOeffnen, type SlotsProblem } from '../../services/termine/slots-oeffnen.js';
import { tagesplanLaden } from '../../services/termine/tagesplan.js';
import { anliegenLaden, terminvergabeLaden } from '../../services/termine/terminvergabe-laden.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import { AnliegenBearbeitenPage } from './anliegen-bearbeiten-page.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { TagesplanPage } from './tagesplan-page.js';
import { teamErforderlich } from './team-erforderlich.js';
import { TerminvergabePage } from './terminvergabe-page.js';

function anliegenText(feld: string, code: AnliegenProblem): string {
  switch (code) {
    case 'fehlt':
      return feld === 'ort' ? 'Bitte einen Ort angeben.' : 'Bitte einen Namen angeben.';
    case 'ungueltig':
      return feld === 'team' ? 'Bitte ein Team wählen.' : 'Bitte eine Dauer zwischen 5 und 240 Minuten angeben.';
    case 'vergeben':
      return 'Dieses Anliegen gibt es schon.';
  }
}

function slotsText(feld: string, code: SlotsProblem): string {
  switch (code) {
    case 'unbekannt':
      return 'Bitte ein Anliegen wählen.';
    case 'ungueltig':
      return feld === 'datum'
        ? 'Bitte ein Datum und eine Uhrzeit in der Zukunft angeben.'
        : 'Bitte ein Ende nach dem Beginn angeben, lang genug für einen Termin.';
    case 'ueberschneidung':
      return 'Diese Person hat in diesem Zeitraum schon freigegebene Termine. Bitte wählen Sie eine andere Zeit oder das Team.';
  }
}
const anliegenEingabe = (f: Record<string, string>): AnliegenEingabe => ({
  name: f.name ?? '',
  dauerMinuten: f.dauer ?? '',
  ort: f.ort ?? '',
  team: f.team ?? '',
  oeffentlich: f.oeffentlich === 'ja',
});
const heute = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

export function terminvergabeRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const admin = teamErforderlich('admin');
  const fehlerSeite = async (ctx: Context, fehler: Array<{ feld: string; text: string }>) =>
    renderHtml(
      ctx,
      TerminvergabePage({
        kontext: ctx.state.arbeitsplatz,
        daten: await terminvergabeLaden(app.db),
        werte: ctx.state.formular.felder,
        fehler,
      }),
      400,
    );

  router.get('/terminvergabe', admin, async (ctx) =>
    renderHtml(ctx, TerminvergabePage({ kontext: ctx.state.arbeitsplatz, daten: await terminvergabeLaden(app.db) })),
  );

  router.post('/terminvergabe/anliegen', admin, async (ctx) => {
    try {
      await anliegenAnlegen(app, anliegenEingabe(ctx.state.formular.felder));
    } catch (error) {
      return fehlerSeite(ctx, mitarbeiterFehler(error, anliegenText));
    }
    await sitzungen.melden(ctx, 'Das Anliegen ist angelegt.');
    ctx.redirect('/mitarbeiter/terminvergabe');
  });

  router.get('/terminvergabe/anliegen/:id', admin, async (ctx) => {
    const a = await anliegenLaden(app.db, Number(ctx.params.id));
    const werte = {
      name: a.name,
      dauer: String(a.dauerMinuten),
      ort: a.ort,
      team: a.team,
      oeffentlich: a.oeffentlich ? 'ja' : '',
    };
    renderHtml(ctx, AnliegenBearbeitenPage({ kontext: ctx.state.arbeitsplatz, id: a.id, werte }));
  });

  router.post('/terminvergabe/anliegen/:id', admin, async (ctx) => {
    const id = Number(ctx.params.id);
    try {
      await anliegenAendern(app, id, anliegenEingabe(ctx.state.formular.felder));
    } catch (error) {
      const fehler = mitarbeiterFehler(error, anliegenText);
      const werte = ctx.state.formular.felder;
      return renderHtml(ctx, AnliegenBearbeitenPage({ kontext: ctx.state.arbeitsplatz, id, werte, fehler }), 400);
    }
    await sitzungen.melden(ctx, 'Das Anliegen ist geändert.');
    ctx.redirect('/mitarbeiter/terminvergabe');
  });

  router.post('/terminvergabe/slots/:id/loeschen', admin, async (ctx) => {
    const id = Number(ctx.params.id);
    try {
      await slotLoeschen(app, id);
    } catch (error) {
      if (!(error instanceof FachlicherFehler) || error.typ !== 'konflikt') throw error;
      const fehler = [{ feld: `slot-${id}`, text: error.message }];
      const daten = await terminvergabeLaden(app.db);
      return renderHtml(ctx, TerminvergabePage({ kontext: ctx.state.arbeitsplatz, daten, fehler }), 409);
    }
    await sitzungen.melden(ctx, 'Der freie Termin ist gelöscht.');
    ctx.redirect('/mitarbeiter/terminvergabe');
  });

  router.post('/terminvergabe/slots', admin, async (ctx) => {
    const f = ctx.state.formular.felder;
    let anzahl: number;
    try {
      anzahl = await slotsOeffnen(app, {
        anliegenId: Number(f.anliegen),
        datum: f.datum ?? '',
        von: f.von ?? '',
        bis: f.bis ?? '',
        mitarbeiterId: f.fuer && f.fuer !== 'team' ? Number(f.fuer) : undefined,
      });
    } catch (error) {
      return fehlerSeite(ctx, mitarbeiterFehler(error, slotsText));
    }
    await sitzungen.melden(ctx, `${anzahl} Termine sind freigegeben.`);
    ctx.redirect('/mitarbeiter/terminvergabe');
  });

  router.get('/tagesplan', async (ctx) => {
    const datum = /^\d{4}-\d{2}-\d{2}$/.test(String(ctx.query.datum)) ? String(ctx.query.datum) : heute();
    const zeilen = await tagesplanLaden(app.db, ctx.state.mitarbeiter, datum);
    renderHtml(ctx, TagesplanPage({ kontext: ctx.state.arbeitsplatz, datum, zeilen }));
  });

  router.post('/tagesplan/:terminId', async (ctx) => {
    const { anwesenheit = '', datum = '' } = ctx.state.formular.felder;
    await anwesenheitErfassen(app, ctx.state.mitarbeiter, Number(ctx.params.terminId), anwesenheit);
    await sitzungen.melden(ctx, anwesenheit === 'versaeumt' ? 'Als versäumt vermerkt.' : 'Als erschienen vermerkt.');
    ctx.redirect(`/mitarbeiter/tagesplan?datum=${encodeURIComponent(datum)}`);
  });
}
