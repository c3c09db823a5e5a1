// Renders a letter (letterhead, sender, recipient, date, subject, text) into an A4 PDF with a Unicode font.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { jobcenter } from '../../domain/jobcenter.js';
import { schriftenLaden as loadFonts } from '../schriften.js';
import { messer, umbrechen } from '../zeilenumbruch.js';

export interface Brief {
  absender: string[];
  empfaenger: string[];
  datum: Date;
  betreff: string;
  text: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 70;
const SIZE = 11;
const LEADING = 15;
const WIDTH = A4[0] - 2 * MARGIN;

export async function renderBrief(brief: Brief): Promise<Uint8Array> {
  const [regularBytes, boldBytes] = await loadFonts();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(brief.betreff);
  pdf.setProducer(jobcenter.name);
  pdf.setCreationDate(brief.datum);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  /** Writes text in lines that fit between the margins, on as many pages as it needs; `rechts` aligns each line right. */
  const write = (text: string, font = regular, size = SIZE, rechts = false) => {
    const messen = messer(font, size);
    for (const line of umbrechen(text, WIDTH, messen)) {
      if (y < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      const x = rechts ? A4[0] - MARGIN - messen(line) : MARGIN;
      if (line) page.drawText(line, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + (LEADING - SIZE);
    }
  };

  write(jobcenter.name, bold, 16);
  write(`${jobcenter.strasse} · ${jobcenter.plzOrt} · ${jobcenter.telefon}`, regular, 9);
  page.drawLine({
    start: { x: MARGIN, y: y + 4 },
    end: { x: A4[0] - MARGIN, y: y + 4 },
    thickness: 0.8,
    color: rgb(0.1, 0.3, 0.5),
  });
  y -= 20;
  for (const line of brief.absender) write(line, regular, 9);
  y -= 10;
  for (const line of brief.empfaenger) write(line);
  y -= 20;
  const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(brief.datum);
  const ortDatum = `${jobcenter.plzOrt.replace(/^\d+\s*/, '')}, ${datum}`;
  write(ortDatum, regular, SIZE, true);
  y -= 10;
  write(brief.betreff, bold);
  y -= 10;
  write(brief.text);
  return pdf.save();
}
