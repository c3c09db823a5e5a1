// How large a PDF stream becomes once its general-purpose filters are undone, measured without trusting it.
import zlib from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream } from '@cantoo/pdf-lib';

const MB = 1024 * 1024;
const FLATE = PDFName.of('FlateDecode');
const ALLGEMEIN = new Set([
  FLATE,
  PDFName.of('LZWDecode'),
  PDFName.of('ASCII85Decode'),
  PDFName.of('ASCIIHexDecode'),
  PDFName.of('RunLengthDecode'),
]);
/** Up to this size a Flate stream is inflated in one synchronous call; beyond it the output is counted and dropped. */
const SYNCHRON_BIS = 4 * MB;
/** pdf-lib's JavaScript decoders keep all output in memory, so legacy filter chains are measured only this far. */
const JS_DEKODER_BIS = 64 * MB;
const FEHLERHAFT = -1;

/** The leading run of general-purpose filters; image codecs (DCT, JPX, CCITT, JBIG2) end it. */
function allgemeineFilter(strom: PDFRawStream): PDFName[] {
  const filter = strom.dict.lookup(PDFName.of('Filter'));
  const namen =
    filter instanceof PDFName
      ? [filter]
      : filter instanceof PDFArray
        ? filter.asArray().map((f) => strom.dict.context.lookup(f))
        : [];
  const kette: PDFName[] = [];
  for (const name of namen) {
    if (!(name instanceof PDFName) || !ALLGEMEIN.has(name)) break;
    kette.push(name);
  }
  return kette;
}

function inflateSynchron(daten: Uint8Array, grenze: number): number {
  try {
    return zlib.inflateSync(daten, { maxOutputLength: grenze + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? grenze + 1 : FEHLERHAFT;
  }
}

function inflateZaehlen(daten: Uint8Array, grenze: number): Promise<number> {
  return new Promise((resolve) => {
    let summe = 0;
    const inflate = zlib.createInflate({ chunkSize: MB, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    inflate.on('data', (teil: Buffer) => {
      summe += teil.length;
      if (summe > grenze) {
        inflate.destroy();
        resolve(summe);
      }
    });
    inflate.on('end', () => resolve(summe));
    inflate.on('error', () => resolve(summe));
    inflate.end(daten);
  });
}

/** What pdf-lib's own decoders produce before they finish or fail. */
function jsDekodieren(strom: PDFRawStream, kette: PDFName[], grenze: number): number {
  const nurKette = PDFRawStream.of(strom.dict.context.obj({ Filter: kette }), strom.contents);
  let summe = 0;
  try {
    const dekoder = decodePDFRawStream(nurKette);
    while (summe <= grenze) {
      const teil = dekoder.getBytes(64 * 1024);
      if (teil.length === 0) break;
      summe += teil.length;
    }
  } catch {
    // A damaged stream counts with what it yielded so far.
  }
  return summe;
}

/** Decoded size, or a number above `grenze` once it passes it; holds at most `grenze` bytes. */
export function entpacktSynchron(strom: PDFRawStream, grenze: number): number {
  const kette = allgemeineFilter(strom);
  if (kette.length === 0) return strom.contents.length;
  if (kette.length === 1 && kette[0] === FLATE) {
    const groesse = inflateSynchron(strom.contents, grenze);
    if (groesse !== FEHLERHAFT) return groesse;
  }
  return jsDekodieren(strom, kette, grenze);
}

/** Decoded size, or a number above `grenze` once it passes it; large Flate output is counted, not kept. */
export async function entpackt(strom: PDFRawStream, grenze: number): Promise<number> {
  const kette = allgemeineFilter(strom);
  if (kette.length === 0) return strom.contents.length;
  if (kette.length === 1 && kette[0] === FLATE) {
    const groesse = inflateSynchron(strom.contents, Math.min(grenze, SYNCHRON_BIS));
    if (groesse !== FEHLERHAFT && groesse <= SYNCHRON_BIS) return groesse;
    return inflateZaehlen(strom.contents, grenze);
  }
  const groesse = jsDekodieren(strom, kette, Math.min(grenze, JS_DEKODER_BIS));
  return groesse > JS_DEKODER_BIS ? grenze + 1 : groesse;
}
