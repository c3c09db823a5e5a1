// Zuordnen for Poststelle (and Admin): the queue, previews and PDF of a waiting scan, assign or discard; audited.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { pdfSenden } from '../components/download.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { protokollieren } from '../../services/bearbeitung/protokollieren.js';
import { teamErforderlich } from './team-erforderlich.js';
import { zuordnenDokument, zuordnenListe, type ZuordnenZeile } from '../../services/scan/zuordnen-abfragen.js';
import { zuordnenAusfuehren, type ZuordnenProblem } from '../../services/scan/zuordnen.js';
import { ZuordnenPage } from './zuordnen-page.js';

function fehlerText(feld: string, code: ZuordnenProblem): string {
  switch (code) {
    case 'fehlt':
      return feld === 'duplikat_bestaetigt'
        ? 'Bitte bestätigen, dass es kein Duplikat ist – oder das Duplikat verwerfen.'
        : 'Bitte die Kundennummer angeben.';
    case 'ungueltig':
      return 'Eine Kundennummer hat drei Ziffern, einen Buchstaben und sechs Ziffern (100D000001).';
    case 'unbekannt':
      return feld === 'dokumentart'
        ? 'Bitte eine Dokumentart aus der Liste wählen.'
        : 'Zu dieser Kundennummer gibt es kein aktives Kundenkonto.';
  }
}

export function zuordnenRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const poststelle = teamErforderlich('poststelle', 'admin');

  const seite = async (
    ctx: Context,
    aktuell: ZuordnenZeile | null,
    werte?: Record<string, string>,
    fehler?: Array<{ feld: string; text: string }>,
    status = 200,
  ) => {
    const { zeilen, gesamt } = await zuordnenListe(app.db);
    const gezeigt = aktuell ?? zeilen[0] ?? null;
    if (gezeigt)
      await protokollieren(app, {
        mitarbeiterId: ctx.state.mitarbeiter.id,
        aktion: 'ansehen',
        eingangsnummer: gezeigt.eingangsnummer,
        requestId: ctx.state.requestId,
      });
    renderHtml(
      ctx,
      ZuordnenPage({ kontext: ctx.state.arbeitsplatz, aktuell: gezeigt, zeilen, gesamt, werte, fehler }),
      status,
    );
  };

  router.get('/zuordnen', poststelle, (ctx) => seite(ctx, null));
  router.get('/zuordnen/:nummer', poststelle, async (ctx) =>
    seite(ctx, await zuordnenDokument(app.db, ctx.params.nummer!)),
  );

  router.get('/zuordnen/:nummer/vorschau/:n', poststelle, async (ctx) => {
    const bild = (await zuordnenDokument(app.db, ctx.params.nummer!)).vorschau[Number(ctx.params.n)];
    if (!bild) throw new FachlicherFehler('nicht_gefunden');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.type = 'image/jpeg';
    ctx.body = app.blobs.stream(bild.key);
  });

  router.get('/zuordnen/:nummer/pdf', poststelle, async (ctx) => {
    const dokument = await zuordnenDokument(app.db, ctx.params.nummer!);
    if (!dokument.blobKey) throw new FachlicherFehler('nicht_gefunden');
    await protokollieren(app, {
      mitarbeiterId: ctx.state.mitarbeiter.id,
      aktion: 'herunterladen',
      eingangsnummer: dokument.eingangsnummer,
      requestId: ctx.state.requestId,
    });
    pdfSenden(ctx, app.blobs.stream(dokument.blobKey), `${dokument.eingangsnummer}.pdf`, 'inline');
  });

  const ausfuehren = (pfad: string, verwerfen: boolean) =>
    router.post(pfad, poststelle, async (ctx) => {
      const nummer = ctx.params.nummer!;
      const werte = ctx.state.formular.felder;
      try {
        const { kundennummer } = await zuordnenAusfuehren(
          app,
          ctx.state.mitarbeiter.id,
          nummer,
          verwerfen
            ? { art: 'verwerfen' }
            : {
                art: 'zuordnen',
                kundennummer: werte.kundennummer ?? '',
                dokumentart: (werte.dokumentart ?? '').trim(),
                duplikatBestaetigt: werte.duplikat_bestaetigt === '1',
              },
          ctx.state.requestId,
        );
        await sitzungen.melden(
          ctx,
          verwerfen
            ? `${nummer} wurde als Duplikat verworfen.`
            : `${nummer} ist der Kundennummer ${kundennummer} zugeordnet.`,
        );
      } catch (error) {
        const dokument = await zuordnenDokument(app.db, nummer);
        if (error instanceof FachlicherFehler && error.typ === 'konflikt')
          return seite(ctx, dokument, werte, [{ feld: 'kundennummer', text: error.message }], 409);
        return seite(ctx, dokument, werte, mitarbeiterFehler(error, fehlerText), 400);
      }
      ctx.redirect('/mitarbeiter/zuordnen');
    });
  ausfuehren('/zuordnen/:nummer', false);
  ausfuehren('/zuordnen/:nummer/verwerfen', true);
}
