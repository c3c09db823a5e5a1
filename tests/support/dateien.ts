// Generates test inputs: photos with a marker, multi-page PDFs, hostile files. Nothing binary is committed.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A portrait photo with a red block in its top-left corner. */
export async function foto(breite = 1200, hoehe = 1600): Promise<Buffer> {
  const block = await sharp({ create: { width: Math.round(breite / 4), height: Math.round(hoehe / 4), channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width: breite, height: hoehe, channels: 3, background: '#ffffff' } })
    .composite([{ input: block, left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A PDF with `seiten` pages whose text says "Seite n" (A4 portrait). */
export async function pdfMitSeiten(seiten: number, beschriftung = 'Seite'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= seiten; i++) pdf.addPage([595.28, 841.89]).drawText(`${beschriftung} ${i}`, { x: 50, y: 780, size: 18, font });
  return pdf.save();
}

export const keinDokument = Buffer.from('PK\u0003\u0004 this is a zip archive, not a document');

/** An encrypted PDF: with a user password it needs that password to open; without one only the owner's rights are limited. */
export async function verschluesseltesPdf(passwoerter: { userPassword?: string; ownerPassword: string }): Promise<Uint8Array> {
  const { PDFDocument: EncryptingPDFDocument, StandardFonts: Fonts } = await import('@cantoo/pdf-lib');
  const pdf = await EncryptingPDFDocument.create();
  const font = await pdf.embedFont(Fonts.Helvetica);
  pdf.addPage([595.28, 841.89]).drawText('Kontoauszug 1/2026', { x: 50, y: 780, size: 18, font });
  pdf.addPage([595.28, 841.89]).drawText('Kontoauszug 2/2026', { x: 50, y: 780, size: 18, font });
  pdf.encrypt({ ...passwoerter, permissions: { printing: 'highResolution', modifying: false, copying: false } });
  return pdf.save();
}

/** A PNG whose header claims more pixels than allowed (cheap to generate: solid colour compresses well). */
export async function riesigesBild(): Promise<Buffer> {
  return sharp({ create: { width: 10_001, height: 10_001, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
}
