import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { antwortbogenKodieren, type QrSchluessel } from '../../../domain/antwortbogen-code.js';
import { antwortbogenAnhaengen, trennblattPdf } from '../../../platform/pdf/antwortbogen.js';
import { boegenEntfernen, stapelTrennen } from '../../../platform/scan/stapel.js';
import { vorschauBilder } from '../../../platform/scan/vorschau.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { alsScan, seiteMitCode, stapel, veraendert } from '../../support/scan.js';

const schluessel: QrSchluessel = { id: 'k1', geheimnis: 'ein-langes-geheimnis-nur-fuer-diesen-test-1234' };
const bogen = { kundennummer: '100D000001', referenz: 'A26-7KQ2-M9XD', dokumentart: 'Sonstiges - Leistung' };

/** A letter of two pages with its Antwortbogen; the client sends the sheet back on top of two pages of their own. */
async function antwortMitBogen(): Promise<Uint8Array> {
  const brief = await antwortbogenAnhaengen(await pdfMitSeiten(2, 'Brief'), { ...bogen, sprache: 'tr', schluessel });
  const briefDoc = await PDFDocument.load(brief);
  const nurBogen = await PDFDocument.create();
  const [seite] = await nurBogen.copyPages(briefDoc, [briefDoc.getPageCount() - 1]);
  nurBogen.addPage(seite!);
  return stapel(await nurBogen.save(), await pdfMitSeiten(2, 'Kontoauszug'));
}

describe('scanned paper: codes read from scanned pages', () => {
  for (const art of [
    { dpi: 200, grad: 2.5, qualitaet: 55 },
    { dpi: 300, grad: -4, qualitaet: 40 },
  ])
    it(`reads the Antwortbogen on top at ${art.dpi} dpi, skewed ${art.grad}°, JPEG ${art.qualitaet}, and takes it out`, async () => {
      const scan = await alsScan(await antwortMitBogen(), art);
      const ergebnis = await boegenEntfernen(scan, [schluessel]);
      assert.deepEqual(ergebnis.bogen, bogen);
      assert.equal(ergebnis.ersteSeite?.art, 'antwortbogen');
      assert.deepEqual(ergebnis.entfernt, [0]);
      assert.equal(ergebnis.seiten, 2);
      assert.equal((await PDFDocument.load(ergebnis.pdf)).getPageCount(), 2);
      // The sheet's picture is gone from the file, not just from the page tree.
      assert.ok(ergebnis.pdf.byteLength < scan.byteLength * 0.8, `${ergebnis.pdf.byteLength} of ${scan.byteLength}`);
    });

  it('treats a code whose Kundennummer was altered after signing as invalid and keeps the sheet', async () => {
    const text = veraendert(bogen, schluessel, { kundennummer: '100D000002' });
    const scan = await alsScan(await stapel(await seiteMitCode(text), await pdfMitSeiten(1)));
    const ergebnis = await boegenEntfernen(scan, [schluessel]);
    assert.deepEqual(ergebnis.ersteSeite, { art: 'ungueltig', grund: 'signatur' });
    assert.equal(ergebnis.bogen, null);
    assert.deepEqual(ergebnis.entfernt, []);
    assert.equal(ergebnis.seiten, 2);
  });

  it('treats a code signed with another secret under our key id as invalid', async () => {
    const gefaelscht = antwortbogenKodieren(bogen, { id: 'k1', geheimnis: 'geraten-aber-falsch-geraten-0000000000' });
    const scan = await alsScan(await seiteMitCode(gefaelscht), { dpi: 250, grad: 1 });
    assert.deepEqual((await boegenEntfernen(scan, [schluessel])).ersteSeite, { art: 'ungueltig', grund: 'signatur' });
  });

  it('finds no code on a page without one', async () => {
    const ergebnis = await boegenEntfernen(await alsScan(await pdfMitSeiten(2)), [schluessel]);
    assert.equal(ergebnis.ersteSeite, null);
    assert.equal(ergebnis.seiten, 2);
  });

  it('reads only the first page of a single document: a code further down is neither read nor taken out', async () => {
    const bogenSeite = await alsScan(await antwortMitBogen());
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    // Antwortbogen on top, then two pages, then a Trennblatt and a second Antwortbogen the decoder never sees.
    const scan = await stapel(bogenSeite, trenn, bogenSeite);
    const ergebnis = await boegenEntfernen(scan, [schluessel]);
    assert.deepEqual(ergebnis.gelesen, [0]);
    assert.deepEqual(ergebnis.bogen, bogen);
    assert.deepEqual(ergebnis.entfernt, [0]);
    assert.equal(ergebnis.seiten, 6);

    const untenCode = await boegenEntfernen(await stapel(await alsScan(await pdfMitSeiten(2)), bogenSeite), [
      schluessel,
    ]);
    assert.deepEqual(untenCode.gelesen, [0]);
    assert.equal(untenCode.ersteSeite, null);
    assert.deepEqual(untenCode.entfernt, []);
  });

  it('reads on past Trennblätter on top to the first page of the document and takes them out', async () => {
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const ergebnis = await boegenEntfernen(await stapel(trenn, await alsScan(await antwortMitBogen())), [schluessel]);
    assert.deepEqual(ergebnis.gelesen, [0, 1]);
    assert.deepEqual(ergebnis.bogen, bogen);
    assert.deepEqual(ergebnis.entfernt, [0, 1]);
    assert.equal(ergebnis.seiten, 2);
  });

  it('splits a stack at its Trennblätter and drops the separators and empty parts', async () => {
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: -1.5 });
    const [a, b] = [await alsScan(await pdfMitSeiten(2, 'A')), await alsScan(await pdfMitSeiten(3, 'B'))];
    const scan = await stapel(trenn, a, trenn, trenn, b, trenn);
    const teile = await stapelTrennen(scan, [schluessel]);
    assert.deepEqual(
      teile.map((t) => [t.seiten, t.abSeite]),
      [
        [2, 1],
        [3, 5],
      ],
    );
    for (const teil of teile) assert.equal((await PDFDocument.load(teil.pdf)).getPageCount(), teil.seiten);
  });

  it('leaves a stack without Trennblatt whole', async () => {
    const scan = await alsScan(await pdfMitSeiten(2));
    const teile = await stapelTrennen(scan, [schluessel]);
    assert.equal(teile.length, 1);
    assert.equal(teile[0]!.pdf, scan);
  });

  it('draws small previews of the first pages', async () => {
    const bilder = await vorschauBilder(await alsScan(await pdfMitSeiten(3)));
    assert.equal(bilder.length, 2);
    assert.equal(bilder[0]![0], 0xff);
    assert.equal(bilder[0]![1], 0xd8);
  });
});
