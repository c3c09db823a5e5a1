// Scanned paper (task queue dokumente-pdf): read the code on top, take our sheets out, draw previews for Poststelle.
import type { Antwortbogen, QrSchluessel } from '../domain/antwortbogen-code.js';
import type { BlobRef } from '../domain/eingang.js';
import type { BlobStore } from '../platform/blob-store.js';
import { boegenEntfernen } from '../platform/scan/stapel.js';
import { vorschauBilder } from '../platform/scan/vorschau.js';

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

export function createScanActivities({ blobs, qrSchluessel }: { blobs: BlobStore; qrSchluessel: QrSchluessel[] }) {
  return {
    /**
     * Page previews are drawn only for a document that will wait for a person: asked for (`vorschau`), or without a
     * valid sheet unless the scan service named a known client for a page without any code (`angabenVorhanden`).
     */
    async scanCodeLesen({
      pdf,
      vorschau,
      angabenVorhanden = false,
    }: {
      pdf: BlobRef;
      vorschau: boolean;
      angabenVorhanden?: boolean;
    }): Promise<ScanGelesen> {
      const ergebnis = await boegenEntfernen(await blobs.get(pdf.key), qrSchluessel);
      const neu = ergebnis.entfernt.length > 0 ? await blobs.put(ergebnis.pdf, 'dokumente') : pdf;
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
    },
  };
}
