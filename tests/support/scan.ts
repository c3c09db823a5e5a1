// Turns PDF pages into what a scan service delivers: rendered at 200–300 dpi, a little skewed, grey, JPEG, one per page.
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { antwortbogenKodieren, type Antwortbogen, type QrSchluessel } from '../../domain/antwortbogen-code.js';
import { antwortbogenAnhaengen, qrCodeZeichnen, type AntwortbogenAuftrag } from '../../platform/pdf/antwortbogen.js';
import { pdfMitSeiten } from './dateien.js';
import { seitenRendern } from './pdf-rendern.js';

const A4: [number, number] = [595.28, 841.89];

export interface ScanArt {
  dpi?: number;
  /** Skew in degrees. */
  grad?: number;
  qualitaet?: number;
}

/** Every page of `pdf` as a scanned page: rasterised, rotated, greyed (paper not quite white), JPEG-compressed. */
export async function alsScan(
  pdf: Uint8Array,
  { dpi = 200, grad = 2, qualitaet = 55 }: ScanArt = {},
): Promise<Uint8Array> {
  const seiten = await seitenRendern(pdf, dpi / 72);
  const scan = await PDFDocument.create();
  for (const seite of seiten) {
    // The canvas has whole pixels; the viewport's size may have a fraction.
    const breite = Math.floor(seite.breite);
    const hoehe = seite.rgba.length / 4 / breite;
    const jpeg = await sharp(Buffer.from(seite.rgba.buffer, seite.rgba.byteOffset, seite.rgba.byteLength), {
      raw: { width: breite, height: hoehe, channels: 4 },
    })
      .flatten({ background: '#ffffff' })
      .rotate(grad, { background: '#ffffff' })
      .resize(breite, hoehe, { fit: 'cover' })
      .greyscale()
      .linear(0.88, 22)
      .jpeg({ quality: qualitaet })
      .toBuffer();
    const bild = await scan.embedJpg(jpeg);
    scan.addPage(A4).drawImage(bild, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return scan.save();
}

/** PDFs one after the other, as one stack. */
export async function stapel(...pdfs: Uint8Array[]): Promise<Uint8Array> {
  const ziel = await PDFDocument.create();
  for (const pdf of pdfs) {
    const quelle = await PDFDocument.load(pdf);
    for (const seite of await ziel.copyPages(quelle, quelle.getPageIndices())) ziel.addPage(seite);
  }
  return ziel.save();
}

/** A page with nothing but a QR code of the given text (for altered or forged codes). */
export async function seiteMitCode(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  qrCodeZeichnen(pdf.addPage(A4), text, A4[0] - 70 - 128, A4[1] - 70 - 128, 128);
  return pdf.save();
}

/** A reply sheet's payload with one field changed after signing: the signature no longer fits. */
export function veraendert(bogen: Antwortbogen, schluessel: QrSchluessel, aenderung: Partial<Antwortbogen>): string {
  const echt = antwortbogenKodieren(bogen, schluessel);
  const falsch = antwortbogenKodieren({ ...bogen, ...aenderung }, schluessel);
  return `${falsch.slice(0, falsch.lastIndexOf(';'))}${echt.slice(echt.lastIndexOf(';'))}`;
}

/** The Antwortbogen of a one-page letter, alone: the sheet a client puts on top of what they send back by post. */
export async function antwortbogenSeite(auftrag: AntwortbogenAuftrag): Promise<Uint8Array> {
  const brief = await PDFDocument.load(await antwortbogenAnhaengen(await pdfMitSeiten(1, 'Bescheid'), auftrag));
  const nur = await PDFDocument.create();
  nur.addPage((await nur.copyPages(brief, [1]))[0]!);
  return nur.save();
}
