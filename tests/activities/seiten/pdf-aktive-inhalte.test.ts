import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { pdfAufbereiten } from '../../../activities/seiten/pdf-aufbereiten.js';
import { gestalt, klassen, mitVersteck, orte, reichesPdf, spurenSuchen, SPUR } from '../../support/aktive-pdfs.js';
import { abweichung, bedeckt, seitenRendern } from '../../support/pdf-rendern.js';

const aufbereitet = async (pdf: Uint8Array) =>
  PDFDocument.load((await pdfAufbereiten(pdf)).pdf, { updateMetadata: false });

/** A page whose resources hold a chain of `tiefe` Form XObjects, each drawing the next; with `schleife` the last draws the first. */
async function formKette(tiefe: number, schleife = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const c = doc.context;
  const refs = Array.from({ length: tiefe }, () => c.nextRef());
  refs.forEach((ref, i) => {
    const naechste = refs[i + 1] ?? (schleife ? refs[0]! : undefined);
    const inhalt = `0 0 1 rg ${i} ${i} 4 4 re f${naechste ? ' /N Do' : ''}`;
    c.assign(
      ref,
      c.stream(inhalt, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 300, 300],
        Resources: naechste ? { XObject: { N: naechste } } : {},
      }),
    );
  });
  const seite = doc.addPage([300, 300]);
  seite.node.set(PDFName.of('Resources'), c.obj({ XObject: { N: refs[0]! } }));
  seite.node.addContentStream(c.register(c.stream('/N Do')));
  return doc.save();
}

describe('PDF preparation leaves active content behind wherever it hides', () => {
  it('draws a page with fonts, images, patterns, shadings, spot colours, nested forms and filled-in fields exactly as before', async () => {
    const eingabe = await reichesPdf();
    const [vorher] = await seitenRendern(eingabe, 2);
    const [nachher] = await seitenRendern((await pdfAufbereiten(eingabe)).pdf, 2);
    assert.ok(bedeckt(vorher!) > 40_000, 'the page draws something');
    assert.ok(
      abweichung(vorher!, nachher!) < 0.001,
      `rendering differs in ${(abweichung(vorher!, nachher!) * 100).toFixed(2)} % of pixels`,
    );
  });

  const sauber = reichesPdf().then(aufbereitet);
  for (const ort of orte) {
    it(`drops every class of active content hidden in: ${ort}`, async () => {
      const eingabe = await mitVersteck(ort);
      const versteckt = spurenSuchen(await PDFDocument.load(eingabe)).join('\n');
      for (const klasse of klassen)
        assert.ok(versteckt.includes(`${SPUR}-${klasse}`), `${klasse} is hidden in the input`);
      const ausgabe = await aufbereitet(eingabe);
      assert.deepEqual(spurenSuchen(ausgabe), []);
      assert.equal(
        gestalt(ausgabe),
        gestalt(await sauber),
        'the page draws with the same objects as without the hidden content',
      );
    });
  }

  it('copies Form XObjects that draw each other in a loop once, and ends', async () => {
    const ausgabe = await aufbereitet(await formKette(3, true));
    assert.equal(
      ausgabe.context
        .enumerateIndirectObjects()
        .filter(([, o]) => String((o as { dict?: unknown }).dict ?? '').includes('/Form')).length,
      3,
    );
  });

  it('refuses Form XObjects nested deeper than any real page as damaged, instead of overflowing the stack', async () => {
    assert.equal((await pdfAufbereiten(await formKette(20))).seiten, 1);
    await assert.rejects(
      pdfAufbereiten(await formKette(300)),
      (error) => error instanceof Ablehnung && error.grund === 'beschaedigt',
    );
  });
});
