// The Bewerberkarte: a credit-card-size PDF page (85.6 × 54 mm, ISO/IEC 7810 ID-1) with the folder's link as QR code and the client's name.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { jobcenter } from '../../domain/jobcenter.js';
import { schriftenLaden } from '../schriften.js';
import { messer, umbrechen } from '../zeilenumbruch.js';
import { qrCodeZeichnen } from './antwortbogen.js';

const MM = 72 / 25.4;
export const kartenFormat: [number, number] = [85.6 * MM, 54 * MM];
const RAND = 4 * MM;
/** 34 mm: a phone reads a version-5 code of this size from arm's length; the quiet zone lies within the margin. */
const CODE_KANTE = 34 * MM;

export interface Bewerberkarte {
  link: string;
  name: string;
  titel: string;
  gueltigBis: Date;
}

/** Writes wrapped lines downwards from y (at most `zeilen` of them) and returns the y below them. */
function schreiben(
  seite: PDFPage,
  text: string,
  y: number,
  font: PDFFont,
  groesse: number,
  breite: number,
  zeilen = 3,
) {
  for (const zeile of umbrechen(text, breite, messer(font, groesse)).slice(0, zeilen)) {
    seite.drawText(zeile, { x: RAND, y, size: groesse, font, color: rgb(0.1, 0.1, 0.1) });
    y -= groesse * 1.3;
  }
  return y;
}

/**
 * German throughout: the card is handed to employers here. The name is written as the client's account has it (the
 * embedded font covers Latin, Greek and Cyrillic script).
 */
export async function bewerberkartePdf(karte: Bewerberkarte): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle('Bewerberkarte');
  pdf.setProducer(jobcenter.name);
  pdf.registerFontkit(fontkit);
  const [normalBytes, fettBytes] = await schriftenLaden();
  const normal = await pdf.embedFont(normalBytes, { subset: true });
  const fett = await pdf.embedFont(fettBytes, { subset: true });
  const [breite, hoehe] = kartenFormat;
  const seite = pdf.addPage(kartenFormat);
  seite.drawRectangle({ x: 0, y: 0, width: breite, height: hoehe, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
  qrCodeZeichnen(seite, karte.link, breite - RAND - CODE_KANTE, (hoehe - CODE_KANTE) / 2, CODE_KANTE);
  const text = breite - 3 * RAND - CODE_KANTE;
  let y = hoehe - RAND - 7;
  y = schreiben(seite, 'Bewerbungsmappe', y, fett, 10, text, 1) - 2;
  y = schreiben(seite, karte.name, y, fett, 9, text, 2) - 2;
  y = schreiben(seite, karte.titel, y, normal, 7, text, 3) - 2;
  const bis = new Intl.DateTimeFormat('de', { timeZone: 'Europe/Berlin', dateStyle: 'medium' }).format(
    karte.gueltigBis,
  );
  y = schreiben(seite, `Gültig bis ${bis}`, y, normal, 6.5, text, 1);
  schreiben(
    seite,
    'QR-Code scannen: Unterlagen ansehen und herunterladen.',
    Math.min(y, RAND + 22),
    normal,
    6,
    text,
    3,
  );
  schreiben(seite, jobcenter.name, RAND + 2, normal, 5.5, text, 1);
  return pdf.save();
}
