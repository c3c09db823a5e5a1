// Opens an uploaded PDF: owner-only encryption is removed, damage is repaired where qpdf can; password-protected, cut-off and bomb-laden files are refused.
import { PDFArray, PDFDocument, PDFName, PDFPageLeaf, PDFPageTree, ParseSpeeds } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';
import { begrenzeParserStroeme, parserGrenzeUeberschritten } from './parser-grenze.js';
import { pdfReparieren, type ReparaturOptionen } from './pdf-reparieren.js';

const DATEIENDE = Buffer.from('%%EOF', 'latin1');

/** A cut-off upload lacks the end marker; like Acrobat, we look for it in the last 1024 bytes (trailing blanks ignored). */
function hatDateiende(bytes: Uint8Array): boolean {
  let ende = bytes.length;
  while (ende > 0 && bytes[ende - 1]! <= 0x20) ende--;
  const marke = Buffer.from(bytes.buffer, bytes.byteOffset, ende).lastIndexOf(DATEIENDE);
  return marke >= 0 && marke >= ende - 1024;
}

async function ablehnungFuer(bytes: Uint8Array, error: unknown): Promise<Ablehnung> {
  if (error instanceof Ablehnung) return error;
  const verschluesselt = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fast,
  }).then(
    (doc) => doc.isEncrypted,
    () => false,
  );
  return verschluesselt ? new Ablehnung('passwort_geschuetzt') : new Ablehnung('beschaedigt', (error as Error).message);
}

/** The catalog leads to a page tree whose every kid is a page or a page-tree node; loops are left to the page walk, which refuses them. */
function seitenbaumGanz(doc: PDFDocument): boolean {
  const wurzel = doc.catalog.lookup(PDFName.of('Pages'));
  if (!(wurzel instanceof PDFPageTree)) return false;
  const besucht = new Set<PDFPageTree>();
  const offen: PDFPageTree[] = [wurzel];
  for (let knoten = offen.pop(); knoten; knoten = offen.pop()) {
    if (besucht.has(knoten)) continue;
    besucht.add(knoten);
    const kinder = knoten.lookup(PDFName.of('Kids'));
    if (!(kinder instanceof PDFArray)) return false;
    for (let i = 0; i < kinder.size(); i++) {
      const kind = kinder.lookup(i);
      if (kind instanceof PDFPageTree) offen.push(kind);
      else if (!(kind instanceof PDFPageLeaf)) return false;
    }
  }
  return true;
}

/** An opened document with an intact page tree, or why it cannot be used as it is. */
async function laden(bytes: Uint8Array): Promise<PDFDocument | Ablehnung> {
  try {
    // An empty password opens files that only have an owner password (typical for bank statements).
    const doc = await PDFDocument.load(bytes, { password: '', updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
    if (parserGrenzeUeberschritten(doc.context)) return new Ablehnung('zu_gross', 'dekomprimiert zu gross');
    return seitenbaumGanz(doc) ? doc : new Ablehnung('beschaedigt', 'Seitenbaum unvollständig');
  } catch (error) {
    return ablehnungFuer(bytes, error);
  }
}

/** What viewers open is repaired once and opened again; only what the repair cannot open either is refused, with the first reason. */
export async function pdfOeffnen(bytes: Uint8Array, optionen?: ReparaturOptionen): Promise<PDFDocument> {
  begrenzeParserStroeme();
  if (!hatDateiende(bytes)) throw new Ablehnung('beschaedigt', 'Dateiende fehlt');
  const original = await laden(bytes);
  if (original instanceof PDFDocument) return original;
  if (original.grund === 'zu_gross') throw original;
  const reparatur = await pdfReparieren(bytes, optionen);
  if (reparatur.art === 'passwort') throw new Ablehnung('passwort_geschuetzt');
  if (reparatur.art === 'gescheitert') throw original;
  const repariert = await laden(reparatur.pdf);
  if (repariert instanceof PDFDocument) return repariert;
  throw repariert.grund === 'zu_gross' ? repariert : original;
}
