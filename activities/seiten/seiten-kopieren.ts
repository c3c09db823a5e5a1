// Copies every page of one PDF into another; only what a page draws with comes along.
import { PDFObjectCopier, PDFPage, type PDFDocument } from '@cantoo/pdf-lib';
import { seitenBlaetter } from './seitenbaum.js';

/** Returns the number of pages copied; more than `hoechstens` → zu_viele_seiten before anything is copied. */
export function seitenKopieren(quelle: PDFDocument, ziel: PDFDocument, hoechstens: number): number {
  const seiten = seitenBlaetter(quelle, hoechstens);
  const kopierer = PDFObjectCopier.for(quelle.context, ziel.context);
  for (const seite of seiten) {
    const kopie = kopierer.copy(seite);
    ziel.addPage(PDFPage.of(kopie, ziel.context.register(kopie), ziel));
  }
  return seiten.length;
}
