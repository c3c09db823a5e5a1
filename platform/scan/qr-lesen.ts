// Reads the QR codes on a page picture with the ZXing decoder (WebAssembly, loaded from the package, never fetched).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Seitenbild } from './seitenbild.js';

const require = createRequire(import.meta.url);
let bereit: Promise<unknown> | undefined;

function decoderLaden(): Promise<unknown> {
  return (bereit ??= readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).then((wasm) =>
    prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
      fireImmediately: true,
    }),
  ));
}

/**
 * The long side of an A4 page at about 100 dpi: half of a 200 dpi scan (2,339 px) rounded down, so the JPEG decoder
 * of 200 and 300 dpi scans decodes at half size (shrink-on-load) instead of decoding everything and scaling it down.
 */
const KANTE = 1169;

/**
 * One channel of the picture at the size read: a grey scan as it is, of a colour scan the green channel (closest to
 * brightness, and a printed code is dark in every channel). Far cheaper than a colour-space conversion to grey.
 */
async function graustufen(bild: Seitenbild, kante: number) {
  const quelle =
    bild.art === 'datei'
      ? sharp(bild.bytes, { limitInputPixels: 200_000_000 })
      : sharp(bild.bytes, { raw: { width: bild.breite, height: bild.hoehe, channels: bild.kanaele } });
  const kanaele = bild.art === 'roh' ? bild.kanaele : (await quelle.metadata()).channels;
  const einKanal = kanaele === 1 ? quelle : kanaele === 3 ? quelle.extractChannel(1) : quelle.greyscale();
  return einKanal
    .resize(kante, kante, { fit: 'inside', withoutEnlargement: true, kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

async function lesen(bild: Seitenbild, kante: number): Promise<string[]> {
  const { data, info } = await graustufen(bild, kante);
  // `graustufen` gives one channel, handed over as a binary PGM: the decoder reads it as it is. As pixels (RGBA) it took
  // four bytes per pixel only to turn them back into grey, two passes over the page that cost about a sixth of reading it.
  const pgm = Buffer.concat([Buffer.from(`P5\n${info.width} ${info.height}\n255\n`, 'ascii'), data]);
  // Our codes are printed dark on light: no second pass over an inverted picture (it doubled the cost of a page without code).
  const ergebnisse = await readBarcodes(pgm, {
    formats: ['QRCode'],
    tryHarder: true,
    tryInvert: false,
    maxNumberOfSymbols: 4,
  });
  return ergebnisse.filter((e) => e.isValid).map((e) => e.text);
}

/**
 * The texts of the QR codes on the picture, read at about 100 dpi: a module of our codes (about 1 mm) is then still
 * 4 pixels wide (the decoder read skewed JPEG-40 scans of them down to 75 dpi), and a page without any code (most of
 * them) costs less than half of what reading it at 150 dpi did.
 */
export async function qrCodesLesen(bild: Seitenbild): Promise<string[]> {
  await decoderLaden();
  return lesen(bild, KANTE);
}
