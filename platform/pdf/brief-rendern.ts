// Renders a letter (letterhead, sender, recipient, date, subject, text) into an A4 PDF with a Unicode font.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { jobcenter } from '../../domain/jobcenter.js';
import { schriftenLaden as loadFonts } from '../../platform/schriften.js';

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

function wrap(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, SIZE) <= width) line = candidate;
      else {
        if (line) lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

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
  const write = (text: string, font = regular, size = SIZE, x = MARGIN) => {
    if (y < MARGIN) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
    page.drawText(text, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    y -= size + (LEADING - SIZE);
  };

  write(jobcenter.name, bold, 16);
  write(`${jobcenter.strasse} · ${jobcenter.plzOrt} · ${jobcenter.telefon}`, regular, 9);
  page.drawLine({ start: { x: MARGIN, y: y + 4 }, end: { x: A4[0] - MARGIN, y: y + 4 }, thickness: 0.8, color: rgb(0.1, 0.3, 0.5) });
  y -= 20;
  for (const line of brief.absender) write(line, regular, 9);
  y -= 10;
  for (const line of brief.empfaenger) write(line);
  y -= 20;
  const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(brief.datum);
  const ortDatum = `${jobcenter.plzOrt.replace(/^\d+\s*/, '')}, ${datum}`;
  write(ortDatum, regular, SIZE, A4[0] - MARGIN - regular.widthOfTextAtSize(ortDatum, SIZE));
  y -= 10;
  for (const line of wrap(brief.betreff, bold, A4[0] - 2 * MARGIN)) write(line, bold);
  y -= 10;
  for (const line of wrap(brief.text, regular, A4[0] - 2 * MARGIN)) write(line);
  return pdf.save();
}
