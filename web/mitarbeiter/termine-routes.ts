// Appointments in the staff workspace: create, move, cancel.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { geplanteTermineLaden } from '../../services/termine/geplante-termine.js';
import { terminAbsagen } from '../../services/termine/termin-absagen.js';
import { terminAnlegen } from '../../services/termine/termin-anlegen.js';
import { terminVerschieben } from '../../services/termine/termin-verschieben.js';
import { TermineVerwaltungPage } from './termine-page.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import type { TerminProblem } from '../../services/termine/termin-speichern.js';

/** The form's datum carries the start's problem (terminAnlegen renames beginn, terminVerschieben reports datum). */
function fehlerText(_feld: string, code: TerminProblem): string {
  switch (code) {
    case 'unbekannt':
      return 'Diese Kundennummer gibt es nicht.';
    case 'ungueltig':
      return 'Bitte ein Datum und eine Uhrzeit in der Zukunft angeben.';
  }
}

export function termineRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const terminFehler = (error: unknown) => mitarbeiterFehler(error, fehlerText);
  const terminGemeldet = async (ctx: Context, text: string) => {
    await sitzungen.melden(ctx, text);
    ctx.redirect('/mitarbeiter/termine');
  };

  router.get('/termine', async (ctx) =>
    renderHtml(
      ctx,
      TermineVerwaltungPage({ kontext: ctx.state.arbeitsplatz, zeilen: await geplanteTermineLaden(app) }),
    ),
  );

  router.post('/termine', async (ctx) => {
    const werte = ctx.state.formular.felder;
    try {
      await terminAnlegen(app, ctx.state.mitarbeiter.id, {
        kundennummer: werte.kundennummer ?? '',
        datum: werte.datum ?? '',
        uhrzeit: werte.uhrzeit ?? '',
        raum: werte.raum,
        telefon: werte.telefon,
        mitteilung1: werte.mitteilung1,
        mitteilung2: werte.mitteilung2,
      });
    } catch (error) {
      return renderHtml(
        ctx,
        TermineVerwaltungPage({
          kontext: ctx.state.arbeitsplatz,
          zeilen: await geplanteTermineLaden(app),
          werte,
          fehler: terminFehler(error),
        }),
        400,
      );
    }
    await terminGemeldet(ctx, 'Der Termin ist angelegt; die Erinnerung ist geplant.');
  });

  router.post('/termine/:id/verschieben', async (ctx) => {
    const werte = ctx.state.formular.felder;
    try {
      await terminVerschieben(app, Number(ctx.params.id), werte.datum ?? '', werte.uhrzeit ?? '');
    } catch (error) {
      return renderHtml(
        ctx,
        TermineVerwaltungPage({
          kontext: ctx.state.arbeitsplatz,
          zeilen: await geplanteTermineLaden(app),
          fehler: terminFehler(error),
        }),
        400,
      );
    }
    await terminGemeldet(ctx, 'Der Termin ist verschoben; die Erinnerung folgt ihm.');
  });

  router.post('/termine/:id/absagen', async (ctx) => {
    await terminAbsagen(app, { id: Number(ctx.params.id) });
    await terminGemeldet(ctx, 'Der Termin ist abgesagt; es wird nicht mehr erinnert.');
  });
}
