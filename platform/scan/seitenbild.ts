// The picture of a scanned page: the largest image the page draws (a scanner writes one per page), ready for sharp.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';

/** Encoded image bytes (JPEG) or raw 8-bit pixels with their layout. */
export type Seitenbild =
  | { art: 'datei'; bytes: Uint8Array; pixel: number }
  | { art: 'roh'; bytes: Uint8Array; breite: number; hoehe: number; kanaele: 1 | 3; pixel: number };

const name = (dict: PDFDict, key: string) => dict.lookup(PDFName.of(key));
const zahl = (dict: PDFDict, key: string) => {
  const wert = name(dict, key);
  return wert instanceof PDFNumber ? wert.asNumber() : 0;
};

function filterVon(dict: PDFDict): string[] {
  const filter = name(dict, 'Filter');
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : '?'));
  return [];
}

/** 1-bit pixels (a black-and-white scan) to 8-bit grey; in PDF 0 is black unless /Decode says otherwise. */
function bitsAufgrau(bits: Uint8Array, breite: number, hoehe: number, umgekehrt: boolean): Uint8Array {
  const zeile = Math.ceil(breite / 8);
  const grau = new Uint8Array(breite * hoehe);
  for (let y = 0; y < hoehe; y++)
    for (let x = 0; x < breite; x++) {
      const bit = (bits[y * zeile + (x >> 3)]! >> (7 - (x & 7))) & 1;
      grau[y * breite + x] = bit === (umgekehrt ? 0 : 1) ? 255 : 0;
    }
  return grau;
}

function bildLesen(strom: PDFRawStream): Seitenbild | null {
  const { dict } = strom;
  const breite = zahl(dict, 'Width');
  const hoehe = zahl(dict, 'Height');
  const pixel = breite * hoehe;
  const filter = filterVon(dict);
  if (filter.length === 1 && filter[0] === 'DCTDecode') return { art: 'datei', bytes: strom.contents, pixel };
  if (filter.length > 1 || (filter.length === 1 && filter[0] !== 'FlateDecode')) return null;
  if (name(dict, 'DecodeParms')) return null;
  let roh: Uint8Array;
  try {
    roh = filter.length ? inflateSync(strom.contents) : strom.contents;
  } catch {
    return null;
  }
  const farbraum = name(dict, 'ColorSpace');
  const kanaele = farbraum instanceof PDFName && farbraum.decodeText() === 'DeviceRGB' ? 3 : 1;
  const tiefe = zahl(dict, 'BitsPerComponent');
  if (tiefe === 1 && kanaele === 1) {
    const decode = name(dict, 'Decode');
    const umgekehrt = decode instanceof PDFArray && (decode.get(0) as PDFNumber | undefined)?.asNumber() === 1;
    return { art: 'roh', bytes: bitsAufgrau(roh, breite, hoehe, umgekehrt), breite, hoehe, kanaele: 1, pixel };
  }
  if (tiefe !== 8 || roh.length < pixel * kanaele) return null;
  return { art: 'roh', bytes: roh, breite, hoehe, kanaele, pixel };
}

function bilderSammeln(doc: PDFDocument, ressourcen: PDFObject | undefined, tiefe: number, bilder: Seitenbild[]) {
  const dict = ressourcen instanceof PDFDict ? ressourcen : undefined;
  const xobjekte = dict && doc.context.lookup(dict.get(PDFName.of('XObject')));
  if (!(xobjekte instanceof PDFDict) || tiefe > 3) return;
  for (const wert of xobjekte.values()) {
    const objekt = doc.context.lookup(wert);
    if (!(objekt instanceof PDFRawStream)) continue;
    const art = name(objekt.dict, 'Subtype');
    if (art === PDFName.of('Image')) {
      const bild = bildLesen(objekt);
      if (bild) bilder.push(bild);
    } else if (art === PDFName.of('Form'))
      bilderSammeln(doc, doc.context.lookup(objekt.dict.get(PDFName.of('Resources'))), tiefe + 1, bilder);
  }
}

/** The largest image page `index` draws, or null when it draws none we can read (vector pages, CCITT or JBIG2 scans). */
export function seitenbild(doc: PDFDocument, index: number): Seitenbild | null {
  const bilder: Seitenbild[] = [];
  bilderSammeln(doc, doc.getPage(index).node.Resources(), 0, bilder);
  return bilder.reduce<Seitenbild | null>(
    (groesstes, bild) => (!groesstes || bild.pixel > groesstes.pixel ? bild : groesstes),
    null,
  );
}
