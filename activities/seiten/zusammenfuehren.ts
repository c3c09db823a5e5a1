// Merges prepared parts into one PDF in the given order: an image becomes an A4 page, a PDF brings all its pages.
import { PageSizes, type PDFDocument } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';
import { grenzen } from '../../domain/grenzen.js';
import { neuesPdf, pdfSpeichern } from './pdf-neu.js';
import { pdfOeffnen } from './pdf-oeffnen.js';
import { seitenKopieren } from './seiten-kopieren.js';

export type GeladenerTeil =
  { art: 'bild'; jpeg: Uint8Array; breite: number; hoehe: number } | { art: 'pdf'; pdf: Uint8Array };

/** About 5 mm around each image. */
const RAND = 14;

/** The JPEG is embedded as it is (DCTDecode), never re-encoded. */
async function bildseiteAnfuegen(ziel: PDFDocument, jpeg: Uint8Array): Promise<void> {
  const bild = await ziel.embedJpg(jpeg);
  const [hochBreite, hochHoehe] = PageSizes.A4;
  const [breite, hoehe] = bild.width > bild.height ? [hochHoehe, hochBreite] : [hochBreite, hochHoehe];
  const massstab = Math.min((breite - 2 * RAND) / bild.width, (hoehe - 2 * RAND) / bild.height);
  const [b, h] = [bild.width * massstab, bild.height * massstab];
  ziel.addPage([breite, hoehe]).drawImage(bild, { x: (breite - b) / 2, y: (hoehe - h) / 2, width: b, height: h });
}

export async function zusammenfuehren(teile: readonly GeladenerTeil[]): Promise<{ pdf: Uint8Array; seiten: number }> {
  const ziel = await neuesPdf();
  try {
    for (const teil of teile) {
      const frei = grenzen.seitenProDokument - ziel.getPageCount();
      if (teil.art === 'pdf') seitenKopieren(await pdfOeffnen(teil.pdf), ziel, frei);
      else if (frei > 0) await bildseiteAnfuegen(ziel, teil.jpeg);
      else throw new Ablehnung('zu_viele_seiten');
    }
    const seiten = ziel.getPageCount();
    if (seiten === 0) throw new Ablehnung('leer');
    return { pdf: await pdfSpeichern(ziel), seiten };
  } catch (error) {
    if (error instanceof Ablehnung) throw error;
    throw new Ablehnung('beschaedigt', (error as Error).message);
  }
}
