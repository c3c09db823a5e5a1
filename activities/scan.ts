// Scanned paper (task queue dokumente-pdf): read the code on top, take our sheets out, draw previews for Poststelle.
import { Ablehnung } from '../domain/ablehnung.js';
import type { Antwortbogen, QrSchluessel } from '../domain/antwortbogen-code.js';
import type { BlobRef } from '../domain/eingang.js';
import { grenzen } from '../domain/grenzen.js';
import type { BlobStore } from '../platform/blob-store.js';
import { boegenEntfernen } from '../platform/scan/stapel.js';
import { vorschauBilder } from '../platform/scan/vorschau.js';
import { alsAblehnung } from './als-ablehnung.js';
import { erkenneDateityp, pdfAufbereiten } from './seiten/index.js';

export interface ScanGelesen {
  /** The PDF to file (the one given when nothing was taken out). */
  pdf: BlobRef;
  seiten: number;
  /** The verified Antwortbogen on top. */
  bogen: Antwortbogen | null;
  /** What the code on top said: a valid sheet, one that does not verify (altered, forged, damaged), or none of ours. */
  erkannt: 'antwortbogen' | 'ungueltig' | 'keiner';
  /** Page pictures, drawn when the document may need a person (no valid sheet, or asked for). */
  vorschau: BlobRef[];
}

export interface ScanLesenArgs {
  /** Previews wanted whatever the code says (a duplicate waits for a person anyway). */
  vorschau: boolean;
  /** The scan service named a client: a page without any code needs no person, so no previews. */
  angabenVorhanden?: boolean;
}

export function createScanActivities({ blobs, qrSchluessel }: { blobs: BlobStore; qrSchluessel: QrSchluessel[] }) {
  /**
   * Reads the code on top of `pdf` and takes our sheets out; the PDF is stored unless it is `gespeichert` unchanged.
   * Page previews are drawn only for a document that will wait for a person: asked for (`vorschau`), or without a
   * valid sheet unless the scan service named a known client for a page without any code (`angabenVorhanden`).
   */
  async function lesen(
    pdf: Uint8Array,
    gespeichert: BlobRef | null,
    { vorschau, angabenVorhanden = false }: ScanLesenArgs,
  ): Promise<ScanGelesen> {
    const ergebnis = await boegenEntfernen(pdf, qrSchluessel);
    const neu = ergebnis.entfernt.length > 0 || !gespeichert ? await blobs.put(ergebnis.pdf, 'dokumente') : gespeichert;
    const erkannt =
      ergebnis.ersteSeite?.art === 'antwortbogen'
        ? 'antwortbogen'
        : ergebnis.ersteSeite?.art === 'ungueltig'
          ? 'ungueltig'
          : 'keiner';
    const vonSelbstZugeordnet = ergebnis.bogen !== null || (erkannt === 'keiner' && angabenVorhanden);
    const bilder = vorschau || !vonSelbstZugeordnet ? await vorschauBilder(ergebnis.pdf) : [];
    return {
      pdf: neu,
      seiten: ergebnis.seiten,
      bogen: ergebnis.bogen,
      erkannt,
      vorschau: await Promise.all(bilder.map((bild) => blobs.put(bild, 'vorschau'))),
    };
  }

  return {
    /** The code of a PDF already prepared (`dateiAufbereiten`); histories before `scanAufbereiten` take this step. */
    async scanCodeLesen({ pdf, ...args }: { pdf: BlobRef } & ScanLesenArgs): Promise<ScanGelesen> {
      return lesen(await blobs.get(pdf.key), pdf, args);
    },

    /**
     * A scanned PDF in one step: rebuilt page by page like every uploaded PDF, its code read and our sheets taken out,
     * stored once. Half the blob reads and writes and one activity fewer than `dateiAufbereiten` then `scanCodeLesen`.
     */
    async scanAufbereiten({ datei, ...args }: { datei: BlobRef } & ScanLesenArgs): Promise<ScanGelesen> {
      return alsAblehnung(async () => {
        if (datei.bytes > grenzen.bytesProDatei) throw new Ablehnung('zu_gross');
        const bytes = await blobs.get(datei.key);
        if (erkenneDateityp(bytes) !== 'pdf') throw new Ablehnung('dateityp');
        const { pdf } = await pdfAufbereiten(bytes);
        return lesen(pdf, null, args);
      });
    },
  };
}
