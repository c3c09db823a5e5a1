// Finds what a page's annotations look like (filled-in form fields, stamps, highlights) and where each appears on the page.
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFStream,
  type PDFContext,
  type PDFPageLeaf,
  type PDFRef,
} from '@cantoo/pdf-lib';

/**
 * Annotations themselves never leave with a page: they carry actions, scripts, attachments, media and form
 * submission. What a person sees of them is kept: each visible appearance stream is drawn onto the page
 * (flattened) and goes through the same allow-list as the page's own drawing. A filled-in application form thus
 * arrives with its answers, but without its fields.
 */
export type Erscheinung = { form: PDFRef | PDFStream; matrix: [number, number, number, number, number, number] };

/** Flags 2 (Hidden) and 32 (NoView): a viewer shows nothing of such an annotation. */
const UNSICHTBAR = 2 | 32;
/** Their appearance is only a poster or an icon for content that stays behind. */
const OHNE_EIGENE_ZEICHNUNG = new Set(['Popup', 'FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D']);
const HOECHSTENS = 2000;

function zahlen(context: PDFContext, wert: unknown, anzahl: number): number[] | undefined {
  if (!(wert instanceof PDFArray) || wert.size() !== anzahl) return undefined;
  const liste = wert.asArray().map((teil) => context.lookup(teil));
  return liste.every((teil) => teil instanceof PDFNumber)
    ? liste.map((teil) => (teil as PDFNumber).asNumber())
    : undefined;
}

/** The normal appearance; with several states, the one /AS names. */
function normaleErscheinung(anmerkung: PDFDict): PDFRef | PDFStream | undefined {
  const ap = anmerkung.lookup(PDFName.of('AP'));
  if (!(ap instanceof PDFDict)) return undefined;
  const n = ap.get(PDFName.of('N'));
  const normal = ap.context.lookup(n);
  if (normal instanceof PDFStream) return n as PDFRef | PDFStream;
  const zustand = anmerkung.lookup(PDFName.of('AS'));
  if (!(normal instanceof PDFDict) || !(zustand instanceof PDFName)) return undefined;
  const gewaehlt = normal.get(zustand);
  return ap.context.lookup(gewaehlt) instanceof PDFStream ? (gewaehlt as PDFRef | PDFStream) : undefined;
}

/** PDF 32000-1 12.5.5: the form's bounding box, transformed by its matrix, is fitted into the annotation's rectangle. */
function einpassen(bbox: number[], matrix: number[], rechteck: number[]): Erscheinung['matrix'] | undefined {
  const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
  const ecken = [
    [bbox[0]!, bbox[1]!],
    [bbox[2]!, bbox[1]!],
    [bbox[0]!, bbox[3]!],
    [bbox[2]!, bbox[3]!],
  ].map(([x, y]) => [a * x! + c * y! + e, b * x! + d * y! + f] as const);
  const [x0, x1] = [Math.min(...ecken.map((p) => p[0])), Math.max(...ecken.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...ecken.map((p) => p[1])), Math.max(...ecken.map((p) => p[1]))];
  const [r0, r1] = [Math.min(rechteck[0]!, rechteck[2]!), Math.max(rechteck[0]!, rechteck[2]!)];
  const [s0, s1] = [Math.min(rechteck[1]!, rechteck[3]!), Math.max(rechteck[1]!, rechteck[3]!)];
  if (x1 - x0 <= 0 || y1 - y0 <= 0 || r1 - r0 <= 0 || s1 - s0 <= 0) return undefined;
  const sx = (r1 - r0) / (x1 - x0);
  const sy = (s1 - s0) / (y1 - y0);
  return [sx, 0, 0, sy, r0 - x0 * sx, s0 - y0 * sy];
}

export function erscheinungen(seite: PDFPageLeaf): Erscheinung[] {
  const anmerkungen = seite.lookup(PDFName.of('Annots'));
  if (!(anmerkungen instanceof PDFArray)) return [];
  const gefunden: Erscheinung[] = [];
  for (const eintrag of anmerkungen.asArray().slice(0, HOECHSTENS)) {
    const anmerkung = seite.context.lookup(eintrag);
    if (!(anmerkung instanceof PDFDict)) continue;
    const art = anmerkung.lookup(PDFName.of('Subtype'));
    const flags = anmerkung.lookup(PDFName.of('F'));
    if (art instanceof PDFName && OHNE_EIGENE_ZEICHNUNG.has(art.decodeText())) continue;
    if (flags instanceof PDFNumber && (flags.asNumber() & UNSICHTBAR) !== 0) continue;
    const form = normaleErscheinung(anmerkung);
    const rechteck = zahlen(seite.context, anmerkung.lookup(PDFName.of('Rect')), 4);
    if (!form || !rechteck) continue;
    const formDict = (seite.context.lookup(form) as PDFStream).dict;
    const bbox = zahlen(seite.context, formDict.lookup(PDFName.of('BBox')), 4);
    const matrix = zahlen(seite.context, formDict.lookup(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0];
    const platz = bbox && einpassen(bbox, matrix, rechteck);
    if (platz) gefunden.push({ form, matrix: platz });
  }
  return gefunden;
}
