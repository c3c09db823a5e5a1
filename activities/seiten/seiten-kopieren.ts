// Copies every page of one PDF into another by allow-list: only what a page draws with comes along, annotations as drawing.
import type { PDFDict, PDFRawStream } from '@cantoo/pdf-lib';
import {
  PDFArray,
  PDFName,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { erscheinungen, type Erscheinung } from './erscheinungen.js';
import { seitenBlaetter } from './seitenbaum.js';
import { ZeichnungKopierer } from './zeichnung-kopieren.js';

const zahl = (wert: number) => String(Math.round(wert * 10000) / 10000);

function inhaltsListe(inhalt: PDFObject | undefined): PDFObject[] {
  if (inhalt instanceof PDFArray) return inhalt.asArray();
  return inhalt ? [inhalt] : [];
}

/** The page's own drawing runs in its own graphics state; each appearance is then drawn into its rectangle. */
function einbrennen(ziel: PDFContext, seite: PDFDict, kopierer: ZeichnungKopierer, gefunden: Erscheinung[]): void {
  const ressourcen = ziel.lookup(seite.get(PDFName.of('Resources'))) ?? ziel.obj({});
  const eigene = (ressourcen as PDFDict).clone();
  const xobjekte = (ziel.lookup(eigene.get(PDFName.of('XObject'))) as PDFDict | undefined)?.clone() ?? ziel.obj({});
  let befehle = 'Q\n';
  for (const [i, { form, matrix }] of gefunden.entries()) {
    const kopie = kopierer.kopieren(form, 'form');
    if (!(kopie instanceof PDFRef)) continue;
    const formDict = (ziel.lookup(kopie) as PDFRawStream).dict;
    formDict.set(PDFName.of('Type'), PDFName.of('XObject'));
    formDict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    let name = PDFName.of(`Anmerkung${i}`);
    while (xobjekte.has(name)) name = PDFName.of(`${name.decodeText()}_`);
    xobjekte.set(name, kopie);
    befehle += `q ${matrix.map(zahl).join(' ')} cm ${name.toString()} Do Q\n`;
  }
  eigene.set(PDFName.of('XObject'), xobjekte);
  seite.set(PDFName.of('Resources'), eigene);
  const inhalt = [
    ziel.register(ziel.stream('q\n')),
    ...inhaltsListe(seite.get(PDFName.of('Contents'))),
    ziel.register(ziel.flateStream(befehle)),
  ];
  seite.set(PDFName.of('Contents'), ziel.obj(inhalt));
}

/** Returns the number of pages copied; more than `hoechstens` → zu_viele_seiten before anything is copied. */
export function seitenKopieren(quelle: PDFDocument, ziel: PDFDocument, hoechstens: number): number {
  const seiten = seitenBlaetter(quelle, hoechstens);
  const kopierer = new ZeichnungKopierer(quelle.context, ziel.context);
  for (const seite of seiten) {
    const gereinigt = kopierer.kopieren(seite, 'seite') as PDFDict;
    const kopie = PDFPageLeaf.fromMapWithContext(new Map(gereinigt.entries()), ziel.context);
    const gefunden = erscheinungen(seite);
    if (gefunden.length > 0) einbrennen(ziel.context, kopie, kopierer, gefunden);
    ziel.addPage(PDFPage.of(kopie, ziel.context.register(kopie), ziel));
  }
  return seiten.length;
}
