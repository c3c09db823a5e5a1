// The list as an A4 landscape PDF table: title, "Stand", header repeated on every page, wrapped cells, "Seite n von m".
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { schriftenLaden } from '../../platform/schriften.js';
import type { ExportDatei, ExportListe } from './liste.js';

const SEITE: [number, number] = [841.89, 595.28];
const RAND = 36;
const GROESSE = 8;
const ZEILE = 10;
const INNEN = 3;
const BREITE = SEITE[0] - 2 * RAND;

/** Splits text into lines that fit the width, breaking words that are longer than a line. */
function umbrechen(text: string, font: PDFFont, breite: number): string[] {
  const passt = (t: string) => font.widthOfTextAtSize(t, GROESSE) <= breite;
  const zeilen: string[] = [];
  for (const absatz of text.split(/\r?\n/)) {
    let zeile = '';
    for (const wort of absatz.split(/\s+/).filter(Boolean)) {
      const kandidat = zeile ? `${zeile} ${wort}` : wort;
      if (passt(kandidat)) {
        zeile = kandidat;
        continue;
      }
      if (zeile) zeilen.push(zeile);
      zeile = '';
      for (const zeichen of wort) {
        if (!passt(zeile + zeichen) && zeile) {
          zeilen.push(zeile);
          zeile = '';
        }
        zeile += zeichen;
      }
    }
    zeilen.push(zeile);
  }
  return zeilen;
}

/**
 * Column widths: each at least as wide as its longest word (numbers and codes stay on one line, up to a cap), the rest
 * shared in proportion to the column's longest content, so short columns stay narrow.
 */
function spaltenBreiten(liste: ExportListe, font: PDFFont, fett: PDFFont): number[] {
  const worte = (text: string) => text.split(/\s+/).filter(Boolean);
  const minimum = liste.spalten.map((kopf, i) => {
    const breitestes = Math.max(...worte(kopf).map((w) => fett.widthOfTextAtSize(w, GROESSE)), ...liste.zeilen.flatMap((z) => worte(z[i] ?? '').map((w) => font.widthOfTextAtSize(w, GROESSE))));
    return Math.min(150, breitestes + 2 * INNEN);
  });
  const summeMinimum = minimum.reduce((a, b) => a + b, 0);
  if (summeMinimum >= BREITE) return minimum.map((m) => (m / summeMinimum) * BREITE);
  const gewicht = liste.spalten.map((kopf, i) => Math.min(40, Math.max(kopf.length, ...liste.zeilen.map((z) => (z[i] ?? '').length))));
  const summeGewicht = gewicht.reduce((a, b) => a + b, 0) || 1;
  return minimum.map((m, i) => m + ((BREITE - summeMinimum) * gewicht[i]!) / summeGewicht);
}

export async function pdfExport(liste: ExportListe): Promise<ExportDatei> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, fett] = await schriftenLaden();
  const schrift = await pdf.embedFont(regular, { subset: true });
  const schriftFett = await pdf.embedFont(fett, { subset: true });
  pdf.setTitle(liste.titel);
  pdf.setCreationDate(liste.erstelltAm);
  const breiten = spaltenBreiten(liste, schrift, schriftFett);
  const stand = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(liste.erstelltAm);

  let seite: PDFPage;
  let y = 0;
  const zeileZeichnen = (zellen: string[], font: PDFFont) => {
    const umbrochen = zellen.map((zelle, i) => umbrechen(zelle, font, breiten[i]! - 2 * INNEN));
    const hoehe = Math.max(1, ...umbrochen.map((z) => z.length)) * ZEILE + 2 * INNEN;
    if (y - hoehe < RAND + 20) return false;
    let x = RAND;
    umbrochen.forEach((zeilen, i) => {
      zeilen.forEach((text, n) => seite.drawText(text, { x: x + INNEN, y: y - INNEN - GROESSE - n * ZEILE, size: GROESSE, font }));
      x += breiten[i]!;
    });
    y -= hoehe;
    seite.drawLine({ start: { x: RAND, y }, end: { x: RAND + BREITE, y }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) });
    return true;
  };
  const neueSeite = (erste: boolean) => {
    seite = pdf.addPage(SEITE);
    y = SEITE[1] - RAND;
    if (erste) {
      seite.drawText(liste.titel, { x: RAND, y: y - 14, size: 14, font: schriftFett });
      y -= 20;
      if (liste.untertitel) {
        seite.drawText(liste.untertitel, { x: RAND, y: y - 10, size: 10, font: schrift });
        y -= 14;
      }
      seite.drawText(`Stand: ${stand} · ${liste.zeilen.length} Einträge`, { x: RAND, y: y - 9, size: 9, font: schrift });
      y -= 18;
    }
    zeileZeichnen(liste.spalten, schriftFett);
  };

  neueSeite(true);
  if (liste.zeilen.length === 0) seite!.drawText('Keine Einträge', { x: RAND, y: y - 14, size: 10, font: schrift });
  for (const zeile of liste.zeilen) {
    if (zeileZeichnen(zeile, schrift)) continue;
    neueSeite(false);
    // A row taller than a whole page is cut off rather than looping forever.
    if (!zeileZeichnen(zeile, schrift)) zeileZeichnen(zeile.map((z) => z.slice(0, 200)), schrift);
  }
  const seiten = pdf.getPages();
  seiten.forEach((s, i) => s.drawText(`Seite ${i + 1} von ${seiten.length}`, { x: SEITE[0] - RAND - 70, y: RAND - 16, size: 8, font: schrift }));
  return { body: Buffer.from(await pdf.save()), contentType: 'application/pdf', dateiendung: 'pdf' };
}
