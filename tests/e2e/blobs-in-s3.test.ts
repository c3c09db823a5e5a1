import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { closeAppContext, type AppContext } from '../../platform/context.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import { startApp, type RunningApp } from '../support/http.js';
import { HttpKunde } from '../support/http-kunde.js';
import { startS3, type S3Server } from '../support/s3.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('with BLOB_STORE_URL on an S3 server, web and worker keep every file in S3', () => {
  let s3: S3Server;
  let t: TestContext;
  let worker: AppContext;
  let workers: { stop(): Promise<void> };
  let app: RunningApp;
  let kunde: HttpKunde;

  before(async () => {
    s3 = await startS3();
    t = await createTestContext(s3.env);
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    // The worker builds its own context (its own S3 client), as a worker process on another machine does.
    worker = t.weitererProzess();
    workers = await runWorkers(worker);
    app = await startApp(t.ctx);
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await closeAppContext(worker);
    await t.close();
    await s3.stop();
  });

  it('files a document uploaded through the web: its bytes go through S3 into the DMS folder, none into the local blob directory', async () => {
    await kunde.holen('/kunde/dokument-senden');
    const antwort = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Kontoauszüge' }, [
      { feld: 'datei1', name: 'seite1.jpg', bytes: await foto() },
      { feld: 'datei2', name: 'anlage.pdf', bytes: await pdfMitSeiten(2) },
    ]);
    assert.equal(antwort.status, 302);
    const { html } = await kunde.holen(antwort.location!);
    const eingangsnummer = /Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)?.[1];
    assert.ok(eingangsnummer, 'success banner with Eingangsnummer');

    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    const abgelegt = await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.pdf`));
    const index = JSON.parse(await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.json`), 'utf8'));
    assert.equal((await PDFDocument.load(abgelegt)).getPageCount(), 3);
    assert.equal(index.sha256, sha256(abgelegt), 'the DMS got the merged PDF whole');

    const keys = await s3.keys();
    assert.ok(keys.includes(String(row.blob_key)), 'the merged PDF is in the bucket');
    // The worker could read the uploads only from the bucket; once filed it deleted them and the page images there.
    assert.deepEqual(
      keys.filter((key) => /^(upload|teile)\//.test(key)),
      [],
      'intermediate files deleted from the bucket once filed',
    );
    assert.ok(
      keys.some((key) => key.startsWith('ausgang/')),
      'the demo letters went to the bucket',
    );
    await assert.rejects(stat(path.join(t.ctx.config.dataDir, 'blobs')), { code: 'ENOENT' });

    const pdf = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(sha256(new Uint8Array(await pdf.response.arrayBuffer())), sha256(abgelegt), 'served from the bucket');
  });
});
