// Appends the Antwortbogen to a letter: a last page with a signed QR code (Kundennummer, reference, Dokumentart).
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  antwortbogenKodieren,
  trennblattInhalt,
  type Antwortbogen,
  type QrSchluessel,
} from '../../domain/antwortbogen-code.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { istSprache, type Sprache } from '../../domain/sprache.js';
import { schriftenLaden } from '../schriften.js';
import { messer, umbrechen } from '../zeilenumbruch.js';
import { antwortbogenTexte, type AntwortbogenTexte } from './antwortbogen-texte.js';

const A4: [number, number] = [595.28, 841.89];
/** The margins of every letter we write (brief-rendern.ts). */
const RAND = 70;
/** 45 mm: at 200 dpi a module of a version-6 code is still 8 pixels wide. */
const CODE_KANTE = 128;
const SCHWARZ = rgb(0, 0, 0);

/**
 * Draws a QR code as vector rectangles (one per run of dark modules in a row), with its quiet zone of four modules
 * left white; (x, y) is the lower left corner of the code without its quiet zone.
 */
export function qrCodeZeichnen(seite: PDFPage, text: string, x: number, y: number, kante: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modul = kante / modules.size;
  for (let zeile = 0; zeile < modules.size; zeile++) {
    let start = -1;
    for (let spalte = 0; spalte <= modules.size; spalte++) {
      const dunkel = spalte < modules.size && modules.get(zeile, spalte) === 1;
      if (dunkel && start < 0) start = spalte;
      if (!dunkel && start >= 0) {
        seite.drawRectangle({
          x: x + start * modul,
          y: y + kante - (zeile + 1) * modul,
          width: (spalte - start) * modul,
          height: modul,
          color: SCHWARZ,
        });
        start = -1;
      }
    }
  }
}

/**
 * The client's language beside German. pdf-lib draws glyphs one after the other without Arabic shaping or right-to-left
 * order, so an Arabic reader gets the English words rather than unreadable ones.
 */
function zweiteSprache(sprache: string | null | undefined): Sprache | null {
  if (!istSprache(sprache) || sprache === 'de') return null;
  return sprache === 'ar' ? 'en' : sprache;
}

interface Schriften {
  normal: PDFFont;
  fett: PDFFont;
}

/** Writes wrapped lines from y downwards and returns the y below them. */
function schreiben(seite: PDFPage, text: string, y: number, font: PDFFont, groesse: number, breite: number): number {
  const messen = messer(font, groesse);
  for (const zeile of umbrechen(text, breite, messen)) {
    if (zeile) seite.drawText(zeile, { x: RAND, y, size: groesse, font, color: rgb(0.1, 0.1, 0.1) });
    y -= groesse * 1.35;
  }
  return y;
}

function abschnitt(seite: PDFPage, texte: AntwortbogenTexte, bogen: Antwortbogen, y: number, s: Schriften): number {
  const breite = A4[0] - 2 * RAND;
  y = schreiben(seite, texte.titel, y, s.fett, 13, breite) - 4;
  for (const [name, wert] of [
    [texte.kundennummer, bogen.kundennummer],
    [texte.bezug, bogen.referenz],
    [texte.unterlagen, bogen.dokumentart],
  ] as const)
    y = schreiben(seite, `${name}: ${wert}`, y, s.normal, 11, breite);
  y = schreiben(seite, texte.anleitung, y - 6, s.normal, 10, breite);
  return schreiben(seite, texte.hinweis, y - 2, s.normal, 9, breite) - 18;
}

export interface AntwortbogenAuftrag extends Antwortbogen {
  /** The recipient's language; German alone when it is German or unknown. */
  sprache?: string | null;
  schluessel: QrSchluessel;
}

/** The letter with the Antwortbogen as its new last page. */
export async function antwortbogenAnhaengen(brief: Uint8Array, auftrag: AntwortbogenAuftrag): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(brief, { updateMetadata: false });
  const [normalBytes, fettBytes] = await schriftenLaden();
  pdf.registerFontkit(fontkit);
  const schriften = {
    normal: await pdf.embedFont(normalBytes, { subset: true }),
    fett: await pdf.embedFont(fettBytes, { subset: true }),
  };
  const seite = pdf.addPage(A4);
  const oben = A4[1] - RAND;
  qrCodeZeichnen(
    seite,
    antwortbogenKodieren(auftrag, auftrag.schluessel),
    A4[0] - RAND - CODE_KANTE,
    oben - CODE_KANTE,
    CODE_KANTE,
  );
  let y = schreiben(seite, jobcenter.name, oben - 8, schriften.fett, 15, A4[0] - 3 * RAND - CODE_KANTE);
  y = schreiben(seite, `${jobcenter.strasse} · ${jobcenter.plzOrt}`, y, schriften.normal, 9, 300);
  y = Math.min(y, oben - CODE_KANTE) - 30;
  y = abschnitt(seite, antwortbogenTexte.de, auftrag, y, schriften);
  const zweite = zweiteSprache(auftrag.sprache);
  if (zweite) abschnitt(seite, antwortbogenTexte[zweite], auftrag, y, schriften);
  return pdf.save();
}

/** A separator sheet for a scanned stack: the scan service puts one between two documents. */
export async function trennblattPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fett = await pdf.embedFont((await schriftenLaden())[1], { subset: true });
  const seite = pdf.addPage(A4);
  const kante = 170;
  qrCodeZeichnen(seite, trennblattInhalt, (A4[0] - kante) / 2, A4[1] / 2 - kante / 2, kante);
  seite.drawText('Trennblatt', { x: RAND, y: A4[1] - RAND - 20, size: 28, font: fett, color: SCHWARZ });
  return pdf.save();
}
