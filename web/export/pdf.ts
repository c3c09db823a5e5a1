// The list as an A4 landscape PDF table: title, "Stand", header repeated on every page, wrapped cells, "Seite n von m".
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { schriftenLaden } from '../../platform/schriften.js';
import { absaetze, messer, umbrechen, type Messen } from '../../platform/zeilenumbruch.js';
import type { ExportDatei, ExportListe } from './liste.js';

const SEITE: [number, number] = [841.89, 595.28];
const RAND = 36;
const UNTEN = RAND + 20;
const BREITE = SEITE[0] - 2 * RAND;
const GROESSE = 8;
const ZEILE = 10;
const INNEN = 3;
const MAX_WORTBREITE = 150;
const LINIE = rgb(0.7, 0.7, 0.7);
const KOPF_HINTERGRUND = rgb(0.92, 0.92, 0.92);

/**
 * Column widths: each at least as wide as its longest word (numbers and codes stay on one line, up to a cap), the rest
 * shared in proportion to the column's longest content, so short columns stay narrow.
 */
function spaltenBreiten(liste: ExportListe, messen: Messen, messenFett: Messen): number[] {
  const worte = (text: string) => absaetze(text).join(' ').split(/ +/).filter(Boolean);
  const minimum = liste.spalten.map((kopf, i) => {
    const breitestes = Math.max(
      0,
      ...worte(kopf).map(messenFett),
      ...liste.zeilen.flatMap((z) => worte(z[i] ?? '').map(messen)),
    );
    return Math.max(20, Math.min(MAX_WORTBREITE, breitestes + 2 * INNEN));
  });
  const summeMinimum = minimum.reduce((a, b) => a + b, 0);
  if (summeMinimum >= BREITE) return minimum.map((m) => (m / summeMinimum) * BREITE);
  const gewicht = liste.spalten.map((kopf, i) =>
    Math.min(40, Math.max(kopf.length, ...liste.zeilen.map((z) => (z[i] ?? '').length))),
  );
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
  if (liste.untertitel) pdf.setSubject(liste.untertitel);
  pdf.setLanguage('de-DE');
  pdf.setCreationDate(liste.erstelltAm);
  const messen = messer(schrift, GROESSE);
  const messenFett = messer(schriftFett, GROESSE);
  const breiten = spaltenBreiten(liste, messen, messenFett);
  const zellen = (zeile: string[], m: Messen) =>
    breiten.map((breite, i) => umbrechen(zeile[i] ?? '', breite - 2 * INNEN, m));
  const kopf = zellen(liste.spalten, messenFett);
  const hoehe = (zeilen: string[][]) => Math.max(1, ...zeilen.map((z) => z.length));
  const stand = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(liste.erstelltAm);

  let seite!: PDFPage;
  let y = 0;
  const schreiben = (text: string, font: PDFFont, groesse: number) => {
    for (const zeile of umbrechen(text, BREITE, messer(font, groesse))) {
      seite.drawText(zeile, { x: RAND, y: y - groesse, size: groesse, font });
      y -= groesse * 1.3;
    }
  };
  /** Draws lines von…bis of each cell as one table row and the rule beneath it. */
  const zeileZeichnen = (
    umbrochen: string[][],
    font: PDFFont,
    von: number,
    bis: number,
    hintergrund?: typeof KOPF_HINTERGRUND,
  ) => {
    const h = (bis - von) * ZEILE + 2 * INNEN;
    if (hintergrund) seite.drawRectangle({ x: RAND, y: y - h, width: BREITE, height: h, color: hintergrund });
    let x = RAND;
    umbrochen.forEach((zeilen, i) => {
      zeilen.slice(von, bis).forEach((text, n) => {
        if (text) seite.drawText(text, { x: x + INNEN, y: y - INNEN - GROESSE - n * ZEILE, size: GROESSE, font });
      });
      x += breiten[i]!;
    });
    y -= h;
    seite.drawLine({ start: { x: RAND, y }, end: { x: RAND + BREITE, y }, thickness: 0.5, color: LINIE });
  };
  const neueSeite = () => {
    seite = pdf.addPage(SEITE);
    y = SEITE[1] - RAND;
    if (pdf.getPageCount() === 1) {
      schreiben(liste.titel, schriftFett, 14);
      if (liste.untertitel) schreiben(liste.untertitel, schrift, 10);
      schreiben(`Stand: ${stand} · ${liste.zeilen.length} Einträge`, schrift, 9);
      y -= 8;
    }
    zeileZeichnen(kopf, schriftFett, 0, hoehe(kopf), KOPF_HINTERGRUND);
  };
  const platz = () => Math.floor((y - UNTEN - 2 * INNEN) / ZEILE);
  const platzNeueSeite = Math.floor((SEITE[1] - RAND - (hoehe(kopf) * ZEILE + 2 * INNEN) - UNTEN - 2 * INNEN) / ZEILE);

  neueSeite();
  if (liste.zeilen.length === 0) schreiben('Keine Einträge', schrift, 10);
  for (const zeile of liste.zeilen) {
    const umbrochen = zellen(zeile, messen);
    const anzahl = hoehe(umbrochen);
    // A row moves to the next page whole; only a row taller than a page is split across pages.
    if (anzahl > platz() && anzahl <= platzNeueSeite) neueSeite();
    for (let von = 0; von < anzahl;) {
      if (platz() < 1) neueSeite();
      const bis = Math.min(anzahl, von + platz());
      zeileZeichnen(umbrochen, schrift, von, bis);
      von = bis;
    }
  }

  const seiten = pdf.getPages();
  seiten.forEach((s, i) => {
    const text = `Seite ${i + 1} von ${seiten.length}`;
    s.drawText(text, { x: SEITE[0] - RAND - schrift.widthOfTextAtSize(text, 8), y: RAND - 16, size: 8, font: schrift });
  });
  return { body: Buffer.from(await pdf.save()), contentType: 'application/pdf', dateiendung: 'pdf' };
}
