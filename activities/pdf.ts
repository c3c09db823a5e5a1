// CPU-heavy activities (task queue dokumente-pdf): prepare each file, merge into one PDF, render a Mitteilung.
import { PDFDocument } from 'pdf-lib';
import { Ablehnung } from '../domain/ablehnung.js';
import { alsAblehnung } from './als-ablehnung.js';
import type { BlobRef, MitteilungText, Teil } from '../domain/eingang.js';
import { grenzen } from '../domain/grenzen.js';
import { jobcenter } from '../domain/jobcenter.js';
import type { BlobStore } from '../platform/blob-store.js';
import { renderBrief } from '../platform/pdf/brief-rendern.js';
import { bildSeitenAufbereiten, erkenneDateityp, pdfAufbereiten, zusammenfuehren } from './seiten/index.js';

export function createPdfActivities({ blobs }: { blobs: BlobStore }) {
  return {
    async dateiAufbereiten({ datei }: { datei: BlobRef }): Promise<Teil> {
      return alsAblehnung(async () => {
        if (datei.bytes > grenzen.bytesProDatei) throw new Ablehnung('zu_gross');
        const bytes = await blobs.get(datei.key);
        const typ = erkenneDateityp(bytes);
        if (!typ) throw new Ablehnung('dateityp');
        if (typ === 'pdf') {
          const { pdf, seiten } = await pdfAufbereiten(bytes);
          return { art: 'pdf', blob: await blobs.put(pdf, 'teile'), seiten };
        }
        const { seiten, hinweis } = await bildSeitenAufbereiten(bytes, typ);
        const [bild] = seiten;
        if (seiten.length === 1 && bild) {
          return {
            art: 'bild',
            blob: await blobs.put(bild.jpeg, 'teile'),
            breite: bild.breite,
            hoehe: bild.hoehe,
            ...(hinweis && { hinweis }),
          };
        }
        // The pages of a multi-page scan leave as one PDF part, so the workflow treats them like an uploaded PDF.
        const mehrseitig = await zusammenfuehren(seiten.map((seite) => ({ art: 'bild' as const, ...seite })));
        return {
          art: 'pdf',
          blob: await blobs.put(mehrseitig.pdf, 'teile'),
          seiten: mehrseitig.seiten,
          ...(hinweis && { hinweis }),
        };
      });
    },

    async dokumentZusammenfuehren({ teile }: { teile: Teil[] }): Promise<{ pdf: BlobRef; seiten: number }> {
      return alsAblehnung(async () => {
        const geladen = await Promise.all(
          teile.map(async (teil) =>
            teil.art === 'bild'
              ? { art: 'bild' as const, jpeg: await blobs.get(teil.blob.key), breite: teil.breite, hoehe: teil.hoehe }
              : { art: 'pdf' as const, pdf: await blobs.get(teil.blob.key) },
          ),
        );
        const { pdf, seiten } = await zusammenfuehren(geladen);
        return { pdf: await blobs.put(pdf, 'dokumente'), seiten };
      });
    },

    async mitteilungRendern({
      text,
      datum,
    }: {
      text: BlobRef;
      datum: string;
    }): Promise<{ pdf: BlobRef; seiten: number }> {
      const mitteilung = JSON.parse((await blobs.get(text.key)).toString('utf8')) as MitteilungText;
      const bytes = await renderBrief({
        absender: mitteilung.absender,
        empfaenger: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
        datum: new Date(datum),
        betreff: mitteilung.betreff,
        text: mitteilung.notiz,
      });
      const seiten = (await PDFDocument.load(bytes)).getPageCount();
      return { pdf: await blobs.put(bytes, 'dokumente'), seiten };
    },
  };
}
