import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createVerwaisteBlobsActivities } from '../../activities/verwaiste-blobs.js';
import { blobSpalten } from '../../db/blob-verweise.js';
import { verwaisteBlobs } from '../../domain/loeschkonzept.js';
import { waitUntil } from '../../platform/wait.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { startS3, type S3Server } from '../support/s3.js';

const STUNDE = 3_600_000;

const speicher: Array<{ name: string; env(): Promise<{ env: Record<string, string>; stop(): Promise<void> }> }> = [
  { name: 'a directory', env: async () => ({ env: {}, stop: async () => undefined }) },
  {
    name: 'S3 (versitygw)',
    async env() {
      const s3: S3Server = await startS3();
      return { env: s3.env, stop: () => s3.stop() };
    },
  },
];

for (const { name, env } of speicher)
  describe(`the orphan sweep in ${name}`, () => {
    let t: TestContext;
    let stop: () => Promise<void>;
    before(async () => {
      const s = await env();
      stop = s.stop;
      t = await createTestContext(s.env);
    });
    after(async () => {
      await t.close();
      await stop();
    });

    const da = (key: string) =>
      t.ctx.blobs.get(key).then(
        () => true,
        () => false,
      );

    it('deletes an orphan older than the grace period, keeps referenced blobs and young orphans, also when restarted midway', async () => {
      const alteWaisen = await Promise.all(
        ['teile', 'dokumente', 'bewerbungsmappe', 'mitteilung'].map((p) => t.ctx.blobs.put(Buffer.from(p), p)),
      );
      const geteilt = await t.ctx.blobs.put(Buffer.from('geteilt'), 'geteilt');
      await t.ctx.db('geteilte_dateien').insert({ blob_key: geteilt.key, abgelegt_am: new Date() });
      const formular = await t.ctx.blobs.put(Buffer.from('formular'), 'formulare');
      await t.ctx
        .db('formulare')
        .insert({ titel: 'Antrag', blob_key: formular.key, sha256: formular.sha256, bytes: formular.bytes });
      const vorgemerkt = await t.ctx.blobs.put(Buffer.from('vorgemerkt'), 'ausgang');
      await t.ctx.db('loesch_blobs').insert({ blob_key: vorgemerkt.key, klasse: 'brief' });
      // S3 dates objects to the second: the young orphan is written two full seconds after the grace limit.
      const grenze = Math.ceil(Date.now() / 1000) * 1000 + 1000;
      await waitUntil('two seconds past the limit', async () => Date.now() >= grenze + 2000, {
        timeoutMs: 10_000,
        intervalMs: 50,
      });
      const jung = await t.ctx.blobs.put(Buffer.from('eben hochgeladen'), 'dokumente');
      const jetzt = new Date(grenze + verwaisteBlobs.standardStunden * STUNDE).toISOString();

      const { verwaisteBlobsLoeschen } = createVerwaisteBlobsActivities({ db: t.ctx.db, blobs: t.ctx.blobs });
      // A run that stops after two batches of two blobs, then a new run from the start.
      const erster = await verwaisteBlobsLoeschen({ jetzt, nach: '', limit: 2 });
      assert.notEqual(erster.weiter, null);
      const zweiter = await verwaisteBlobsLoeschen({ jetzt, nach: erster.weiter!, limit: 2 });
      assert.ok(zweiter.weiter! > erster.weiter!, 'the second batch goes on after the first');
      let geloescht = erster.geloescht + zweiter.geloescht;
      for (let nach = ''; ;) {
        const batch = await verwaisteBlobsLoeschen({ jetzt, nach, limit: 2 });
        geloescht += batch.geloescht;
        if (batch.weiter === null) break;
        nach = batch.weiter;
      }

      assert.equal(geloescht, alteWaisen.length);
      for (const waise of alteWaisen) assert.equal(await da(waise.key), false, `${waise.key} is deleted`);
      for (const bleibt of [geteilt, formular, vorgemerkt, jung]) assert.equal(await da(bleibt.key), true, bleibt.key);
      // Run again: nothing more to delete.
      assert.deepEqual(await verwaisteBlobsLoeschen({ jetzt, nach: '', limit: 100 }), { geloescht: 0, weiter: null });
    });

    it('lists the blobs after a key in key order', async () => {
      // 'scan-protokolle/…' sorts before 'scan/…' ('-' before '/'), as S3 orders keys.
      await t.ctx.blobs.put(Buffer.from('scan'), 'scan');
      await t.ctx.blobs.put(Buffer.from('protokoll'), 'scan-protokolle');
      const keys: string[] = [];
      for await (const { key } of t.ctx.blobs.auflisten()) keys.push(key);
      assert.deepEqual(keys, [...keys].sort());
      assert.ok(keys.length >= 4);
      const ab = keys[1]!;
      const danach: string[] = [];
      for await (const { key } of t.ctx.blobs.auflisten(ab)) danach.push(key);
      assert.deepEqual(danach, keys.slice(2));
    });
  });

describe('the orphan sweep knows every blob column', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it("checks each column of the schema named like a blob's key", async () => {
    const spalten = await t.ctx
      .db('information_schema.columns')
      .where({ table_schema: 'public' })
      .andWhere((q) => q.where('column_name', 'like', '%blob_key').orWhere('column_name', 'like', '%pdf_key'))
      .select('table_name', 'column_name');
    assert.deepEqual(spalten.map((s) => `${s.table_name}.${s.column_name}`).sort(), [...blobSpalten].sort());
  });
});
