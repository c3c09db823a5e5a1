// pdf-lib inflates object and cross-reference streams while parsing, without bound; this refuses such bombs first.
import { PDFObjectStreamParser, PDFXRefStreamParser, type PDFContext, type PDFRawStream } from '@cantoo/pdf-lib';
import { entpacktSynchron } from './entpackt.js';

const GRENZE = 32 * 1024 * 1024;
const ueberschritten = new WeakSet<PDFContext>();
let eingerichtet = false;

function pruefen(strom: PDFRawStream): void {
  if (entpacktSynchron(strom, GRENZE) <= GRENZE) return;
  ueberschritten.add(strom.dict.context);
  throw new Error('Objektstrom dekomprimiert zu gross');
}

/** Idempotent. pdf-lib swallows errors of single objects while parsing, so the refusal is also noted on the parse's context. */
export function begrenzeParserStroeme(): void {
  if (eingerichtet) return;
  eingerichtet = true;
  const objektstrom = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (strom, ...rest) => {
    pruefen(strom);
    return objektstrom(strom, ...rest);
  };
  const querverweise = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (strom) => {
    pruefen(strom);
    return querverweise(strom);
  };
}

export const parserGrenzeUeberschritten = (context: PDFContext): boolean => ueberschritten.has(context);
