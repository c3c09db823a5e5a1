// Walks a PDF's page tree, bounded and loop-safe, and gives each page what it inherits from the tree.
import { PDFArray, PDFName, PDFPageLeaf, PDFPageTree, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../domain/ablehnung.js';

const VERERBBAR = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map(PDFName.of);
const A4 = [0, 0, 595.28, 841.89];

type Geerbt = ReadonlyMap<PDFName, PDFObject>;

function vervollstaendigen(seite: PDFPageLeaf, geerbt: Geerbt): PDFPageLeaf {
  for (const [schluessel, wert] of geerbt) if (!seite.has(schluessel)) seite.set(schluessel, wert);
  if (!seite.has(PDFName.of('MediaBox'))) seite.set(PDFName.of('MediaBox'), seite.context.obj(A4));
  return seite;
}

/** The pages in reading order, inherited attributes set in place; more than `hoechstens` → zu_viele_seiten. */
export function seitenBlaetter(doc: PDFDocument, hoechstens: number): PDFPageLeaf[] {
  const wurzel = doc.catalog.lookup(PDFName.of('Pages'));
  if (!(wurzel instanceof PDFPageTree)) throw new Ablehnung('beschaedigt', 'kein Seitenbaum');
  const seiten: PDFPageLeaf[] = [];
  const besucht = new Set<PDFObject>();
  const offen: Array<{ knoten: PDFPageTree | PDFPageLeaf; geerbt: Geerbt }> = [{ knoten: wurzel, geerbt: new Map() }];
  for (let eintrag = offen.pop(); eintrag; eintrag = offen.pop()) {
    const { knoten, geerbt } = eintrag;
    if (besucht.has(knoten)) throw new Ablehnung('beschaedigt', 'Seitenbaum verweist mehrfach auf denselben Knoten');
    besucht.add(knoten);
    if (knoten instanceof PDFPageLeaf) {
      if (seiten.length === hoechstens) throw new Ablehnung('zu_viele_seiten');
      seiten.push(vervollstaendigen(knoten, geerbt));
      continue;
    }
    const eigenes = new Map(geerbt);
    for (const schluessel of VERERBBAR) {
      const wert = knoten.get(schluessel);
      if (wert) eigenes.set(schluessel, wert);
    }
    const kinder = knoten.lookup(PDFName.of('Kids'));
    if (!(kinder instanceof PDFArray)) throw new Ablehnung('beschaedigt', 'Seitenbaum ohne Kinder');
    for (let i = kinder.size() - 1; i >= 0; i--) {
      const kind = kinder.lookup(i);
      if (!(kind instanceof PDFPageLeaf || kind instanceof PDFPageTree))
        throw new Ablehnung('beschaedigt', 'Seite fehlt');
      offen.push({ knoten: kind, geerbt: eigenes });
    }
  }
  return seiten;
}
