// scanAufbereiten prepares a scanned PDF in one step: rebuilt page by page, its code read, our sheet taken out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { demoLogins } from '../../db/demo/logins.js';
import { createScanActivities } from '../../activities/scan.js';
import { keinDokument, pdfMitSeiten } from '../support/dateien.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { alsScan, antwortbogenSeite, stapel } from '../support/scan.js';

const bogen = {
  kundennummer: demoLogins.kunde.kundennummer,
  referenz: 'A26-TEST-0011',
  dokumentart: 'Sonstiges - Leistung',
};

/** The Antwortbogen page of a letter on top of two pages of the client's own, scanned, with a script in its catalogue. */
async function antwortMitSkript(t: TestContext): Promise<Uint8Array> {
  const bogenSeite = await antwortbogenSeite({ ...bogen, schluessel: t.ctx.config.qrSchluessel[0]! });
  const scan = await PDFDocument.load(await alsScan(await stapel(bogenSeite, await pdfMitSeiten(2))));
  scan.catalog.set(
    PDFName.of('OpenAction'),
    scan.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("geladen")') }),
  );
  return scan.save({ useObjectStreams: false });
}

describe('scanAufbereiten', () => {
  let t: TestContext;
  let aufbereiten: ReturnType<typeof createScanActivities>['scanAufbereiten'];

  before(async () => {
    t = await createTestContext();
    aufbereiten = createScanActivities({ blobs: t.ctx.blobs, qrSchluessel: t.ctx.config.qrSchluessel }).scanAufbereiten;
  });
  after(() => t?.close());

  it('rebuilds the scan without its script, takes the verified Antwortbogen off the top and stores the rest as a new PDF', async () => {
    const geliefert = await antwortMitSkript(t);
    assert.ok(Buffer.from(geliefert).includes('JavaScript'), 'the scan as delivered carries the script');
    const datei = await t.ctx.blobs.put(geliefert, 'scan');
    const gelesen = await aufbereiten({ datei, vorschau: false, angabenVorhanden: true });
    assert.equal(gelesen.erkannt, 'antwortbogen');
    assert.deepEqual(gelesen.bogen, bogen);
    assert.equal(gelesen.seiten, 2);
    assert.deepEqual(gelesen.vorschau, []);
    assert.notEqual(gelesen.pdf.key, datei.key, 'the scan as delivered is not what is filed');
    const gespeichert = await t.ctx.blobs.get(gelesen.pdf.key);
    assert.equal((await PDFDocument.load(gespeichert)).getPageCount(), 2);
    assert.ok(!Buffer.from(gespeichert).includes('JavaScript'), 'the script stayed behind');
  });

  it('stores a scan without code rebuilt and whole, with previews when nothing assigns it', async () => {
    const datei = await t.ctx.blobs.put(await alsScan(await pdfMitSeiten(2, 'Kontoauszug')), 'scan');
    const gelesen = await aufbereiten({ datei, vorschau: false });
    assert.equal(gelesen.erkannt, 'keiner');
    assert.equal(gelesen.bogen, null);
    assert.equal(gelesen.seiten, 2);
    assert.notEqual(gelesen.pdf.key, datei.key);
    assert.equal(gelesen.vorschau.length, 2);
  });

  it('refuses a file that is no PDF, or one over the size limit, as non-retryable with the reason as type', async () => {
    const keinPdf = await t.ctx.blobs.put(keinDokument, 'scan');
    await assert.rejects(
      aufbereiten({ datei: keinPdf, vorschau: false }),
      (error) => error instanceof ApplicationFailure && error.type === 'dateityp' && error.nonRetryable,
    );
    await assert.rejects(
      aufbereiten({ datei: { ...keinPdf, bytes: 500 * 1024 * 1024 }, vorschau: false }),
      (error) => error instanceof ApplicationFailure && error.type === 'zu_gross' && error.nonRetryable,
    );
  });
});
