// Checks a rebuilt PDF before it leaves us: every reference resolves, and no stream decompresses into a bomb.
import {
  PDFArray,
  PDFDict,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';
import { entpackt } from './entpackt.js';

const MB = 1024 * 1024;
/** An A4 colour page at 600 dpi is about 100 MB raw; more in one stream, or 512 MB in all, is a decompression bomb. */
const PRO_STROM = 128 * MB;
const GESAMT = 512 * MB;

function verweiseAufloesen(objekt: PDFObject, context: PDFContext): void {
  if (objekt instanceof PDFRef) {
    if (context.lookup(objekt) === undefined) throw new Ablehnung('beschaedigt', `Objekt ${objekt.toString()} fehlt`);
  } else if (objekt instanceof PDFStream) {
    verweiseAufloesen(objekt.dict, context);
  } else if (objekt instanceof PDFDict) {
    for (const [, wert] of objekt.entries()) verweiseAufloesen(wert, context);
  } else if (objekt instanceof PDFArray) {
    for (const wert of objekt.asArray()) verweiseAufloesen(wert, context);
  }
}

export async function stroemePruefen(doc: PDFDocument): Promise<void> {
  let gesamt = 0;
  for (const [, objekt] of doc.context.enumerateIndirectObjects()) {
    verweiseAufloesen(objekt, doc.context);
    if (!(objekt instanceof PDFRawStream)) continue;
    const grenze = Math.min(PRO_STROM, GESAMT - gesamt);
    const groesse = await entpackt(objekt, grenze);
    if (groesse > grenze) throw new Ablehnung('zu_gross', 'dekomprimiert zu gross');
    gesamt += groesse;
  }
}
