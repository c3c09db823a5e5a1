// Generates test inputs: photos with a marker, multi-page PDFs, hostile files. Nothing binary is committed.
import zlib from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** A portrait photo with a red block in its top-left corner. */
export async function foto(breite = 1200, hoehe = 1600): Promise<Buffer> {
  const block = await sharp({
    create: { width: Math.round(breite / 4), height: Math.round(hoehe / 4), channels: 3, background: '#ff0000' },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: breite, height: hoehe, channels: 3, background: '#ffffff' } })
    .composite([{ input: block, left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A PDF with `seiten` pages whose text says "Seite n" (A4 portrait). */
export async function pdfMitSeiten(seiten: number, beschriftung = 'Seite'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= seiten; i++)
    pdf.addPage([595.28, 841.89]).drawText(`${beschriftung} ${i}`, { x: 50, y: 780, size: 18, font });
  return pdf.save();
}

export const keinDokument = Buffer.from('PK\u0003\u0004 this is a zip archive, not a document');

/** An encrypted PDF: with a user password it needs that password to open; without one only the owner's rights are limited. */
export async function verschluesseltesPdf(passwoerter: {
  userPassword?: string;
  ownerPassword: string;
}): Promise<Uint8Array> {
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
  return sharp({ create: { width: 10_001, height: 10_001, channels: 3, background: '#ffffff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export interface TiffSeite {
  breite: number;
  hoehe: number;
  /** Grey level 0 (black) … 255 (white). */
  grau: number;
  /** Writes the header only, with one byte of image data: a page that claims its size without carrying it. */
  nurKopf?: boolean;
}

/** A multi-page TIFF (uncompressed greyscale, one strip per page) whose pages may differ in size, as scanners write them. */
export function mehrseitigesTiff(seiten: readonly TiffSeite[]): Buffer {
  const teile: Buffer[] = [];
  let laenge = 8;
  const anhaengen = (teil: Buffer) => {
    teile.push(teil);
    laenge += teil.length;
  };
  const kopf = Buffer.alloc(8);
  kopf.write('II', 0, 'latin1');
  kopf.writeUInt16LE(42, 2);
  kopf.writeUInt32LE(8, 4);
  const verweise: Array<{ ifd: Buffer; naechste: number }> = [];
  for (const seite of seiten) {
    const daten = Buffer.alloc(seite.nurKopf ? 1 : seite.breite * seite.hoehe, seite.grau);
    const datenAb = laenge;
    anhaengen(daten);
    if (laenge % 2) anhaengen(Buffer.alloc(1));
    const eintraege: Array<[tag: number, typ: 3 | 4, wert: number]> = [
      [256, 4, seite.breite],
      [257, 4, seite.hoehe],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, datenAb],
      [277, 3, 1],
      [278, 4, seite.hoehe],
      [279, 4, seite.nurKopf ? 1 : daten.length],
    ];
    const ifd = Buffer.alloc(2 + eintraege.length * 12 + 4);
    ifd.writeUInt16LE(eintraege.length, 0);
    eintraege.forEach(([tag, typ, wert], i) => {
      const ab = 2 + i * 12;
      ifd.writeUInt16LE(tag, ab);
      ifd.writeUInt16LE(typ, ab + 2);
      ifd.writeUInt32LE(1, ab + 4);
      if (typ === 3) ifd.writeUInt16LE(wert, ab + 8);
      else ifd.writeUInt32LE(wert, ab + 8);
    });
    verweise.push({ ifd, naechste: laenge });
    anhaengen(ifd);
  }
  kopf.writeUInt32LE(verweise[0]?.naechste ?? 0, 4);
  verweise.forEach(({ ifd }, i) => ifd.writeUInt32LE(verweise[i + 1]?.naechste ?? 0, ifd.length - 4));
  return Buffer.concat([kopf, ...teile]);
}

function pngChunk(typ: string, daten: Buffer): Buffer {
  const kopf = Buffer.alloc(8);
  kopf.writeUInt32BE(daten.length, 0);
  kopf.write(typ, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([kopf.subarray(4), daten])) >>> 0, 0);
  return Buffer.concat([kopf, daten, crc]);
}

/** An animated PNG (APNG) of 60 x 40 pixels whose frames have the given RGB colours; the first frame is also its still image. */
export function animiertesPng(farben: ReadonlyArray<readonly [number, number, number]>): Buffer {
  const [breite, hoehe] = [60, 40];
  const bild = ([r, g, b]: readonly [number, number, number]) => {
    const zeile = Buffer.alloc(1 + breite * 3);
    for (let x = 0; x < breite; x++) zeile.set([r, g, b], 1 + x * 3);
    return zlib.deflateSync(Buffer.concat(Array.from({ length: hoehe }, () => zeile)));
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(breite, 0);
  ihdr.writeUInt32BE(hoehe, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(farben.length, 0);
  let folge = 0;
  const fctl = () => {
    const daten = Buffer.alloc(26);
    daten.writeUInt32BE(folge++, 0);
    daten.writeUInt32BE(breite, 4);
    daten.writeUInt32BE(hoehe, 8);
    daten.writeUInt16BE(1, 20);
    daten.writeUInt16BE(2, 22);
    return pngChunk('fcTL', daten);
  };
  const chunks = [pngChunk('IHDR', ihdr), pngChunk('acTL', actl)];
  farben.forEach((farbe, i) => {
    chunks.push(fctl());
    if (i === 0) chunks.push(pngChunk('IDAT', bild(farbe)));
    else {
      const nummer = Buffer.alloc(4);
      nummer.writeUInt32BE(folge++, 0);
      chunks.push(pngChunk('fdAT', Buffer.concat([nummer, bild(farbe)])));
    }
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...chunks,
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An animated WebP whose frames are 60 x 40 pixels in the given colours. */
export async function animiertesWebp(farben: readonly string[]): Promise<Buffer> {
  const bilder = await Promise.all(
    farben.map((farbe) =>
      sharp({ create: { width: 60, height: 40, channels: 3, background: farbe } })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(bilder, { join: { animated: true } })
    .webp({ lossless: true })
    .toBuffer();
}

/**
 * A phone camera's photo of a letter: 12 megapixels (4000 × 3000, stored sideways with EXIF orientation 6, so upright it
 * is portrait), paper with lines of text and sensor noise, JPEG quality 92 as phones save it.
 */
export async function dokumentFoto(seed = 0): Promise<Buffer> {
  const zeile = await sharp({ create: { width: 40, height: 2000, channels: 3, background: '#2a2a2a' } })
    .png()
    .toBuffer();
  // Sideways: text lines run from top to bottom in the stored pixels.
  const zeilen = Array.from({ length: 40 }, (_, i) => ({ input: zeile, left: 500 + i * 80 + (seed % 7), top: 500 }));
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 236, g: 232, b: 224 - (seed % 20) },
      noise: { type: 'gaussian', mean: 0, sigma: 18 },
    },
  })
    .composite(zeilen)
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
