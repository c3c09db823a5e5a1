import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLoeschActivities } from '../../activities/loeschung.js';
import { unterBlobSperre } from '../../db/blob-sperre.js';
import { BlobNotFoundError, createBlobAdapter, createBlobStore, type BlobAdapter } from '../../platform/blob-store.js';
import { blobsUmschluesseln } from '../../platform/blob-umschluesseln.js';
import { MAGIC } from '../../platform/blob-verschluesselung.js';
import { waitUntil } from '../../platform/wait.js';
import { neuerBlobSchluessel, testBlobSchluessel } from '../support/blob-schluessel.js';
import { createTestContext, type TestContext } from '../support/context.js';

const TAG = 86_400_000;

/** A promise the test resolves when it chooses. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Löschlauf and key rotation at the same time', () => {
  let t: TestContext;
  const neu = neuerBlobSchluessel('k2');
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  /** The raw adapter, except that rewriting `key` stops after the rotation read it, until the test lets it go on. */
  function angehalten(roh: BlobAdapter, key: string) {
    const gelesen = signal();
    const weiter = signal();
    const adapter: BlobAdapter = {
      ...roh,
      list: () => roh.list(),
      async write(k, body) {
        if (k === key) {
          gelesen.resolve();
          await weiter.promise;
        }
        return roh.write(k, body);
      },
    };
    return { adapter, istGelesen: gelesen.promise, weiter: weiter.resolve };
  }

  const wartendeBlobSperren = async () =>
    Number(
      (
        await t.ctx.db.raw<{ rows: Array<{ n: string }> }>(
          "select count(*) as n from pg_locks where locktype = 'advisory' and not granted",
        )
      ).rows[0]!.n,
    );

  it('a blob deleted while the rotation rewrites it stays deleted, and the rotation reports no error', async () => {
    const roh = createBlobAdapter(t.ctx.config.blobStore);
    const bleibt = await t.ctx.blobs.put(Buffer.from('bleibt'), 'dokumente');
    const faellig = await t.ctx.blobs.put(Buffer.from('geteilt, nie gesendet'), 'geteilt');
    await t.ctx.db('geteilte_dateien').insert({ blob_key: faellig.key, abgelegt_am: new Date(Date.now() - 2 * TAG) });

    const { adapter, istGelesen, weiter } = angehalten(roh, faellig.key);
    // As `npm run blobs:umschluesseln` runs it: each blob under the lock the Löschlauf takes.
    const rotation = blobsUmschluesseln(adapter, [neu, ...testBlobSchluessel], 1, (key, arbeit) =>
      unterBlobSperre(t.ctx.db, [key], arbeit),
    );
    await istGelesen; // the rotation holds the old bytes and is about to write them back

    const loeschung = createLoeschActivities({
      db: t.ctx.db,
      blobs: t.ctx.blobs,
      loeschfristen: t.ctx.config.loeschfristen,
      mailDir: path.join(t.ctx.config.dataDir, 'mails'),
    });
    let geloescht: number | undefined;
    const lauf = loeschung
      .loeschen({ klasse: 'geteilt', jetzt: new Date().toISOString(), limit: 10 })
      .then((n) => (geloescht = n));
    // The deletion either waits for the rotation's lock or (without one) finishes at once.
    await waitUntil(
      'deletion waiting or done',
      async () => geloescht !== undefined || (await wartendeBlobSperren()) > 0,
      {
        timeoutMs: 30_000,
        intervalMs: 20,
      },
    );
    weiter();
    const [ergebnis] = await Promise.all([rotation, lauf]);

    assert.equal(geloescht, 1);
    assert.deepEqual(ergebnis.fehler, [], 'the rotation does not fail');
    await assert.rejects(roh.read(faellig.key), BlobNotFoundError, 'the deleted blob is not written back');
    await assert.rejects(t.ctx.blobs.get(faellig.key), BlobNotFoundError);
    assert.deepEqual(await t.ctx.db('loesch_blobs').pluck('blob_key'), []);
    assert.equal((await t.ctx.db('geteilte_dateien').where({ blob_key: faellig.key })).length, 0);
    // The rest of the store is rotated as usual.
    const beideSchluessel = createBlobStore(t.ctx.config.blobStore, [neu, ...testBlobSchluessel]);
    assert.equal((await beideSchluessel.get(bleibt.key)).toString(), 'bleibt');
    await beideSchluessel.close();
    const kopf = Buffer.concat((await (await roh.read(bleibt.key)).toArray()) as Buffer[]);
    assert.equal(kopf.toString('ascii', MAGIC.length + 1, MAGIC.length + 3), 'k2', 'the other blob is now under k2');
    await roh.close();
  });

  it('a blob the Löschlauf deleted before the rotation reached it is skipped without error', async () => {
    const roh = createBlobAdapter(t.ctx.config.blobStore);
    const faellig = await t.ctx.blobs.put(Buffer.from('geteilt'), 'geteilt');
    await t.ctx.db('geteilte_dateien').insert({ blob_key: faellig.key, abgelegt_am: new Date(Date.now() - 2 * TAG) });
    const listeGelesen = signal();
    const weiter = signal();
    // The rotation lists the key, then the Löschlauf deletes it before the rotation reads it.
    const adapter: BlobAdapter = {
      ...roh,
      async *list() {
        for await (const key of roh.list()) {
          if (key === faellig.key) {
            listeGelesen.resolve();
            await weiter.promise;
          }
          yield key;
        }
      },
    };
    const rotation = blobsUmschluesseln(adapter, [neu, ...testBlobSchluessel], 1, (key, arbeit) =>
      unterBlobSperre(t.ctx.db, [key], arbeit),
    );
    await listeGelesen.promise;
    const loeschung = createLoeschActivities({
      db: t.ctx.db,
      blobs: t.ctx.blobs,
      loeschfristen: t.ctx.config.loeschfristen,
      mailDir: path.join(t.ctx.config.dataDir, 'mails'),
    });
    assert.equal(await loeschung.loeschen({ klasse: 'geteilt', jetzt: new Date().toISOString(), limit: 10 }), 1);
    weiter.resolve();
    const ergebnis = await rotation;
    assert.deepEqual(ergebnis.fehler, []);
    await assert.rejects(roh.read(faellig.key), BlobNotFoundError);
    await roh.close();
  });
});
