// Small pictures of a scanned document's first pages, for staff who assign it by hand.
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { seitenbild } from './seitenbild.js';

/** 480 pixels wide: a page is recognisable and a heading readable, at about 30 kB per page. */
const BREITE = 480;

/** JPEGs of the first `anzahl` pages that carry a scanned picture (pages without one are left out). */
export async function vorschauBilder(pdf: Uint8Array, anzahl = 2): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const bilder: Uint8Array[] = [];
  for (let seite = 0; seite < Math.min(anzahl, doc.getPageCount()); seite++) {
    const bild = seitenbild(doc, seite);
    if (!bild) continue;
    const quelle =
      bild.art === 'datei'
        ? sharp(bild.bytes, { limitInputPixels: 200_000_000 })
        : sharp(bild.bytes, { raw: { width: bild.breite, height: bild.hoehe, channels: bild.kanaele } });
    // A picture sharp cannot read gets no preview; staff open the PDF instead.
    const klein = await quelle
      .resize({ width: BREITE, withoutEnlargement: true })
      .greyscale()
      .jpeg({ quality: 70 })
      .toBuffer()
      .catch(() => undefined);
    if (klein) bilder.push(klein);
  }
  return bilder;
}
