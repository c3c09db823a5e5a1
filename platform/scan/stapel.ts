// Scanned PDFs and their sheets of ours: read the code of a page, split a stack at Trennblätter, take the sheets out.
import { PDFDocument } from 'pdf-lib';
import { qrInhaltLesen, type Antwortbogen, type QrInhalt, type QrSchluessel } from '../../domain/antwortbogen-code.js';
import { qrCodesLesen } from './qr-lesen.js';
import { seitenbild } from './seitenbild.js';

const vorrang: Record<QrInhalt['art'], number> = { antwortbogen: 3, trennblatt: 2, ungueltig: 1, fremd: 0 };

/**
 * What the codes on page `index` say: a sheet of ours before a damaged or forged one before someone else's; null when
 * none was found or the page picture could not be read.
 */
export async function seiteLesen(
  doc: PDFDocument,
  index: number,
  schluessel: readonly QrSchluessel[],
): Promise<QrInhalt | null> {
  let texte: string[];
  try {
    const bild = seitenbild(doc, index);
    texte = bild ? await qrCodesLesen(bild) : [];
  } catch {
    // A picture the decoder cannot take (odd encoding, damaged data): as if without code, so a person looks at it.
    return null;
  }
  const inhalte = texte.map((text) => qrInhaltLesen(text, schluessel));
  return inhalte.reduce<QrInhalt | null>((best, i) => (!best || vorrang[i.art] > vorrang[best.art] ? i : best), null);
}

async function nurSeiten(doc: PDFDocument, seiten: number[]): Promise<Uint8Array> {
  const neu = await PDFDocument.create({ updateMetadata: false });
  for (const seite of await neu.copyPages(doc, seiten)) neu.addPage(seite);
  return neu.save();
}

export interface StapelTeil {
  pdf: Uint8Array;
  seiten: number;
  /** Page of the stack (0-based) this document starts on. */
  abSeite: number;
}

/**
 * Splits a scanned stack into its documents at the Trennblätter (every page is read); the separator sheets themselves
 * are dropped, and so are empty parts (two separators in a row, one at either end). A stack without any is one document.
 */
export async function stapelTrennen(pdf: Uint8Array, schluessel: readonly QrSchluessel[]): Promise<StapelTeil[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const teile: number[][] = [[]];
  for (let seite = 0; seite < doc.getPageCount(); seite++) {
    if ((await seiteLesen(doc, seite, schluessel))?.art === 'trennblatt') teile.push([]);
    else teile.at(-1)!.push(seite);
  }
  const belegt = teile.filter((seiten) => seiten.length > 0);
  if (belegt.length === 1 && belegt[0]!.length === doc.getPageCount())
    return [{ pdf, seiten: doc.getPageCount(), abSeite: 0 }];
  return Promise.all(
    belegt.map(async (seiten) => ({ pdf: await nurSeiten(doc, seiten), seiten: seiten.length, abSeite: seiten[0]! })),
  );
}

export interface OhneBoegen {
  /** The PDF to file: without the Antwortbogen on top and without Trennblätter at either end. */
  pdf: Uint8Array;
  seiten: number;
  /** The verified reply sheet on top, if there was one. */
  bogen: Antwortbogen | null;
  /** What the first page's code said (null: no code); `ungueltig` means altered, forged or damaged. */
  ersteSeite: QrInhalt | null;
  /** Pages taken out (0-based, of the PDF given). */
  entfernt: number[];
  /** Pages whose codes were read (0-based): the first, and after a leading Trennblatt the next. */
  gelesen: number[];
}

/**
 * Reads the first page of a single document (codes count only on top; Trennblätter belong to stacks, which
 * `stapelTrennen` splits reading every page): a verified Antwortbogen on top and Trennblätter before it are taken out.
 * A sheet whose code does not verify stays in, for staff to see. A PDF that would be left without a page, or from
 * which nothing is taken, is returned unchanged.
 */
export async function boegenEntfernen(pdf: Uint8Array, schluessel: readonly QrSchluessel[]): Promise<OhneBoegen> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const anzahl = doc.getPageCount();
  const entfernt: number[] = [];
  const gelesen: number[] = [];
  let bogen: Antwortbogen | null = null;
  let ersteSeite: QrInhalt | null = null;
  let seite = 0;
  for (; seite < anzahl; seite++) {
    const inhalt = await seiteLesen(doc, seite, schluessel);
    gelesen.push(seite);
    if (inhalt?.art === 'trennblatt') {
      entfernt.push(seite);
      continue;
    }
    ersteSeite = inhalt;
    if (inhalt?.art === 'antwortbogen') {
      bogen = inhalt.bogen;
      entfernt.push(seite);
    }
    break;
  }
  const bleiben = [...Array(anzahl).keys()].filter((i) => !entfernt.includes(i));
  if (entfernt.length === 0 || bleiben.length === 0)
    return { pdf, seiten: anzahl, bogen, ersteSeite, entfernt: [], gelesen };
  return { pdf: await nurSeiten(doc, bleiben), seiten: bleiben.length, bogen, ersteSeite, entfernt, gelesen };
}
