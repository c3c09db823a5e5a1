// Formulare for partners in the staff workspace: everyone sees them; Poststelle and Admin upload and remove.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';
import type { AppContext } from '../../platform/context.js';
import { pdfSenden } from '../components/download.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import { formularLaden, formulareLaden } from '../../services/formulare/abfragen.js';
import { formularEntfernen } from '../../services/formulare/formular-entfernen.js';
import { formularHochladen, type FormularProblem } from '../../services/formulare/formular-hochladen.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { FormularePflegePage } from './formulare-page.js';
import { gehoertZu, teamErforderlich } from './team-erforderlich.js';

function fehlerText(feld: string, code: FormularProblem): string {
  switch (code) {
    case 'fehlt':
      return feld === 'datei' ? 'Bitte ein PDF auswählen.' : 'Bitte einen Titel angeben (höchstens 200 Zeichen).';
    case 'zu_lang':
      return 'Die Beschreibung ist zu lang (höchstens 1.000 Zeichen).';
    case 'zu_gross':
      return `Das PDF ist größer als ${grenzen.bytesProDatei / 1024 / 1024} MB.`;
    case 'kein_pdf':
      return 'Die Datei ist kein PDF.';
  }
}

const pflegeTeams = ['poststelle', 'admin'];
const darfPflegen = (ctx: Context) => gehoertZu(ctx.state.mitarbeiter.team, pflegeTeams);
const formularId = (ctx: Context) => {
  const id = Number(ctx.params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new FachlicherFehler('nicht_gefunden');
  return id;
};

export function formulareRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const seite = async (ctx: Context, werte?: Record<string, string>, fehler?: Array<{ feld: string; text: string }>) =>
    renderHtml(
      ctx,
      FormularePflegePage({
        kontext: ctx.state.arbeitsplatz,
        zeilen: await formulareLaden(app.db),
        darfPflegen: darfPflegen(ctx),
        werte,
        fehler,
      }),
      fehler ? 400 : 200,
    );

  router.get('/formulare', (ctx) => seite(ctx));

  router.get('/formulare/:id/pdf', async (ctx) => {
    const id = formularId(ctx);
    pdfSenden(ctx, app.blobs.stream((await formularLaden(app.db, id)).blobKey), `formular-${id}.pdf`);
  });

  router.post('/formulare', teamErforderlich(...pflegeTeams), async (ctx) => {
    const werte = ctx.state.formular.felder;
    const datei = ctx.state.formular.dateien.find((d) => d.feld === 'datei');
    try {
      await formularHochladen(app, {
        titel: werte.titel ?? '',
        beschreibung: werte.beschreibung,
        pdf: datei,
        angelegtVon: ctx.state.mitarbeiter.id,
      });
      await sitzungen.melden(
        ctx,
        `Das Formular „${(werte.titel ?? '').trim()}“ steht den Partnern jetzt zur Verfügung.`,
      );
      ctx.redirect('/mitarbeiter/formulare');
    } catch (error) {
      await seite(ctx, werte, mitarbeiterFehler(error, fehlerText));
    }
  });

  router.post('/formulare/:id/entfernen', teamErforderlich(...pflegeTeams), async (ctx) => {
    const { titel } = await formularEntfernen(app, formularId(ctx));
    await sitzungen.melden(ctx, `Das Formular „${titel}“ ist für Partner nicht mehr sichtbar.`);
    ctx.redirect('/mitarbeiter/formulare');
  });
}
