// Copies what a page draws with into another PDF by allow-list: every object is rebuilt from the keys its kind needs.
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';
import { arten, type Art } from './zeichnung-arten.js';

/** Form XObjects within patterns within fonts …: no real page nests this deep; a deeper chain is a trap. */
const HOECHSTE_TIEFE = 100;
const STROMFILTER = new Set(['Length', 'Filter', 'DecodeParms']);
/** Filter parameters are data too; JBIG2 globals are the only stream among them. */
const FILTERPARAMETER = new Set([
  'Predictor',
  'Colors',
  'BitsPerComponent',
  'Columns',
  'EarlyChange',
  'K',
  'EndOfLine',
  'EncodedByteAlign',
  'Rows',
  'EndOfBlock',
  'BlackIs1',
  'DamagedRowsBeforeError',
  'ColorTransform',
]);

const schlicht = (wert: PDFObject): boolean =>
  wert instanceof PDFNumber ||
  wert instanceof PDFName ||
  wert instanceof PDFString ||
  wert instanceof PDFHexString ||
  wert instanceof PDFBool ||
  wert === PDFNull;

/** Kinds name each other by string; a name the table lacks is a mistake in the table. */
function artVon(name: string): Art {
  const art = (arten as Record<string, Art>)[name];
  if (!art) throw new Error(`unbekannte Art ${name}`);
  return art;
}

const weicheWert = (wert: PDFObject | undefined): string | undefined =>
  wert instanceof PDFName ? wert.decodeText() : wert instanceof PDFNumber ? String(wert.asNumber()) : undefined;

/** One copier per source and target document; an object reached twice as the same kind is copied once, so cycles end. */
export class ZeichnungKopierer {
  private readonly kopien = new Map<PDFObject, Map<string, PDFRef>>();

  constructor(
    private readonly quelle: PDFContext,
    private readonly ziel: PDFContext,
  ) {}

  /** The cleaned copy of `wert` as `art`, or undefined where it is not such an object (it is then left out). */
  kopieren(wert: PDFObject | undefined, art: string, tiefe = 0): PDFObject | undefined {
    if (tiefe > HOECHSTE_TIEFE) throw new Ablehnung('beschaedigt', 'zu tief verschachtelt');
    if (wert === undefined) return undefined;
    if (!(wert instanceof PDFRef)) return this.bauen(wert, art, tiefe);
    const objekt = this.aufloesen(wert);
    if (objekt instanceof PDFArray || schlicht(objekt)) return this.bauen(objekt, art, tiefe);
    const spezifisch = this.spezifischeArt(objekt, art);
    if (spezifisch === undefined || !this.passt(objekt, artVon(spezifisch))) return undefined;
    const bekannt = this.kopien.get(objekt)?.get(spezifisch);
    if (bekannt) return bekannt;
    const ref = this.merken(objekt, spezifisch, this.ziel.nextRef());
    this.ziel.assign(ref, this.bauen(objekt, spezifisch, tiefe)!);
    return ref;
  }

  private merken(objekt: PDFObject, art: string, ref: PDFRef): PDFRef {
    const jeArt = this.kopien.get(objekt) ?? new Map<string, PDFRef>();
    jeArt.set(art, ref);
    this.kopien.set(objekt, jeArt);
    return ref;
  }

  private aufloesen(ref: PDFRef): PDFObject {
    const objekt = this.quelle.lookup(ref);
    if (objekt === undefined) throw new Ablehnung('beschaedigt', `Objekt ${ref.toString()} fehlt`);
    return objekt;
  }

  /** Follows a kind's `weiche` to the kind the object is; undefined when the object is none of them. */
  private spezifischeArt(objekt: PDFObject, art: string): string | undefined {
    const { weiche } = artVon(art);
    if (!weiche || !(objekt instanceof PDFDict || objekt instanceof PDFStream)) return art;
    const dict = objekt instanceof PDFStream ? objekt.dict : objekt;
    const wert = weicheWert(dict.lookup(PDFName.of(weiche.schluessel)));
    return wert === undefined ? undefined : weiche.arten[wert];
  }

  private passt(objekt: PDFObject, art: Art): boolean {
    if (objekt instanceof PDFStream) return Boolean(art.dict && (art.strom || art.nurStrom));
    if (objekt instanceof PDFDict) return Boolean(art.dict && !art.nurStrom) || Boolean(art.karte);
    return false;
  }

  private bauen(objekt: PDFObject, artName: string, tiefe: number): PDFObject | undefined {
    const art = artVon(artName);
    if (schlicht(objekt)) return art.wert ? objekt : undefined;
    if (objekt instanceof PDFArray) return this.feld(objekt, art, tiefe);
    const spezifisch = this.spezifischeArt(objekt, artName);
    if (spezifisch === undefined) return undefined;
    if (spezifisch !== artName) return this.bauen(objekt, spezifisch, tiefe + 1);
    if (!this.passt(objekt, art)) return undefined;
    if (objekt instanceof PDFStream) return this.strom(objekt, art, tiefe);
    return art.karte ? this.karte(objekt as PDFDict, art.karte, tiefe) : this.dict(objekt as PDFDict, art.dict!, tiefe);
  }

  private feld(feld: PDFArray, art: Art, tiefe: number): PDFArray | undefined {
    const elemente = feld.asArray();
    if (art.tupel) {
      const kopf = this.quelle.lookup(elemente[0]);
      const positionen = art.tupel[kopf instanceof PDFName ? kopf.decodeText() : ''] ?? art.tupel['*'];
      if (!positionen || elemente.length > positionen.length) return undefined;
      const kopie = elemente.map((element, i) => this.kopieren(element, positionen[i]!, tiefe + 1));
      return kopie.every((element) => element !== undefined) ? this.ziel.obj(kopie as PDFObject[]) : undefined;
    }
    const elementArt: string | undefined = art.liste ?? (art.wert ? 'wert' : undefined);
    if (!elementArt) return undefined;
    const kopie = elemente.flatMap((element) => this.kopieren(element, elementArt, tiefe + 1) ?? []);
    return this.ziel.obj(kopie);
  }

  private dict(quelle: PDFDict, schluessel: Art['dict'] & object, tiefe: number): PDFDict {
    const kopie = this.ziel.obj({});
    for (const [name, wert] of quelle.entries()) {
      const art = schluessel[name.decodeText()];
      const neu = art === undefined ? undefined : this.kopieren(wert, art, tiefe + 1);
      if (neu !== undefined) kopie.set(name, neu);
    }
    return kopie;
  }

  private karte(quelle: PDFDict, art: string, tiefe: number): PDFDict {
    const kopie = this.ziel.obj({});
    for (const [name, wert] of quelle.entries()) {
      const neu = this.kopieren(wert, art, tiefe + 1);
      if (neu !== undefined) kopie.set(name, neu);
    }
    return kopie;
  }

  /** Data and filters come along; /F, /FFilter and /FDecodeParms (data in an external file) stay behind. */
  private strom(quelle: PDFStream, art: Art, tiefe: number): PDFRawStream {
    const dict = this.dict(quelle.dict, art.dict ?? {}, tiefe);
    for (const [name, wert] of quelle.dict.entries()) {
      const schluessel = name.decodeText();
      if (!STROMFILTER.has(schluessel)) continue;
      const neu =
        schluessel === 'DecodeParms' ? this.filterParameter(wert, tiefe + 1) : this.kopieren(wert, 'wert', tiefe + 1);
      if (neu !== undefined) dict.set(name, neu);
    }
    return PDFRawStream.of(dict, quelle.getContents());
  }

  private filterParameter(wert: PDFObject, tiefe: number): PDFObject | undefined {
    const objekt = wert instanceof PDFRef ? this.aufloesen(wert) : wert;
    if (objekt instanceof PDFArray)
      return this.ziel.obj(objekt.asArray().map((teil) => this.filterParameter(teil, tiefe + 1) ?? PDFNull));
    if (!(objekt instanceof PDFDict) || objekt instanceof PDFStream) return objekt === PDFNull ? PDFNull : undefined;
    const kopie = this.ziel.obj({});
    for (const [name, teil] of objekt.entries()) {
      const schluessel = name.decodeText();
      const neu =
        schluessel === 'JBIG2Globals'
          ? this.kopieren(teil, 'daten', tiefe + 1)
          : FILTERPARAMETER.has(schluessel)
            ? this.kopieren(teil, 'wert', tiefe + 1)
            : undefined;
      if (neu !== undefined) kopie.set(name, neu);
    }
    return kopie;
  }
}
