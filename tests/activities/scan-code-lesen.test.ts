// scanCodeLesen draws page previews only for a scan that will wait for a person in Zuordnen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { createScanActivities } from '../../activities/scan.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { alsScan, seiteMitCode, stapel, veraendert } from '../support/scan.js';

describe('scanCodeLesen', () => {
  let t: TestContext;
  let lesen: ReturnType<typeof createScanActivities>['scanCodeLesen'];
  let ohneCode: { key: string; sha256: string; bytes: number };
  let falscherCode: { key: string; sha256: string; bytes: number };

  before(async () => {
    t = await createTestContext();
    lesen = createScanActivities({ blobs: t.ctx.blobs, qrSchluessel: t.ctx.config.qrSchluessel }).scanCodeLesen;
    const seiten = await alsScan(await pdfMitSeiten(2, 'Kontoauszug'));
    ohneCode = await t.ctx.blobs.put(seiten, 'dokumente');
    const falsch = veraendert(
      { kundennummer: demoLogins.kunde.kundennummer, referenz: 'A26-TEST-0009', dokumentart: 'Sonstiges - Leistung' },
      t.ctx.config.qrSchluessel[0]!,
      { kundennummer: '100D000009' },
    );
    falscherCode = await t.ctx.blobs.put(await stapel(await alsScan(await seiteMitCode(falsch)), seiten), 'dokumente');
  });
  after(() => t?.close());

  it('draws no previews for a page without code that the scan service assigned to a known client', async () => {
    const gelesen = await lesen({ pdf: ohneCode, vorschau: false, angabenVorhanden: true });
    assert.equal(gelesen.erkannt, 'keiner');
    assert.deepEqual(gelesen.vorschau, []);
  });

  it('draws a preview of every page when nothing assigns the scan, or when a duplicate needs a look', async () => {
    const ohneAngaben = await lesen({ pdf: ohneCode, vorschau: false });
    assert.equal(ohneAngaben.vorschau.length, 2);
    assert.equal((await t.ctx.blobs.get(ohneAngaben.vorschau[0]!.key))[0], 0xff, 'a JPEG picture');
    const duplikat = await lesen({ pdf: ohneCode, vorschau: true, angabenVorhanden: true });
    assert.equal(duplikat.vorschau.length, 2);
  });

  it('draws previews for a tampered code even when the scan service named a client', async () => {
    const gelesen = await lesen({ pdf: falscherCode, vorschau: false, angabenVorhanden: true });
    assert.equal(gelesen.erkannt, 'ungueltig');
    assert.equal(gelesen.vorschau.length, 2);
  });
});
