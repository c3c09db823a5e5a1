// Opens an uploaded PDF: owner-only encryption is removed; password-protected, damaged and bomb-laden files are refused.
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';
import { begrenzeParserStroeme, parserGrenzeUeberschritten } from './parser-grenze.js';

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
  const verschluesselt = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fast }).then(
    (doc) => doc.isEncrypted,
    () => false,
  );
  return verschluesselt ? new Ablehnung('passwort_geschuetzt') : new Ablehnung('beschaedigt', (error as Error).message);
}

export async function pdfOeffnen(bytes: Uint8Array): Promise<PDFDocument> {
  begrenzeParserStroeme();
  if (!hatDateiende(bytes)) throw new Ablehnung('beschaedigt', 'Dateiende fehlt');
  let doc: PDFDocument;
  try {
    // An empty password opens files that only have an owner password (typical for bank statements).
    doc = await PDFDocument.load(bytes, { password: '', updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
  } catch (error) {
    throw await ablehnungFuer(bytes, error);
  }
  if (parserGrenzeUeberschritten(doc.context)) throw new Ablehnung('zu_gross', 'dekomprimiert zu gross');
  return doc;
}
