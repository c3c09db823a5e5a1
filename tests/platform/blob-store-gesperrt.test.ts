import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createBlobActivities } from '../../activities/blobs.js';
import { unterBlobSperre } from '../../db/blob-sperre.js';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { BlobNotFoundError, createBlobAdapter, createBlobStore, type BlobAdapter } from '../../platform/blob-store.js';
import { blobsUmschluesseln } from '../../platform/blob-umschluesseln.js';
import { waitUntil } from '../../platform/wait.js';
import { dokumentEntfernen } from '../../services/bewerbungsmappe/dokument-entfernen.js';
import { mappeAnlegen } from '../../services/bewerbungsmappe/mappe-anlegen.js';
import { neuerBlobSchluessel, testBlobSchluessel } from '../support/blob-schluessel.js';
import { createTestContext, type TestContext } from '../support/context.js';

describe('blobs deleted through the ordinary call paths while the key rotation runs', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
  });
  after(() => t.close());

  /** Whether a deletion waits for the rotation's lock on this key (db/blob-sperre.ts: pg_advisory_xact_lock(ns, hash)). */
  const wartetAufSperre = async (key: string) =>
    (
      await t.ctx.db.raw<{ rows: Array<{ n: number }> }>(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted and objsubid = 2
           and objid::text::bigint = (hashtext(?)::bigint & 4294967295)`,
        [key],
      )
    ).rows[0]!.n > 0;

  it('stay deleted, and every kept blob opens under the new key alone', async () => {
    const neu = neuerBlobSchluessel('k2');
    const kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    const mappe = await mappeAnlegen(t.ctx, kundeId, { titel: 'Bewerbung' });
    // Folder copies a client removes (a use case) and intermediate files a workflow drops (an activity), and some kept.
    const mappenDokumente = new Map<string, number>();
    for (let i = 0; i < 8; i++) {
      const blob = await t.ctx.blobs.put(Buffer.from(`Lebenslauf ${i}`), 'bewerbungsmappe');
      const [{ id }] = await t.ctx
        .db('bewerbungsmappe_dokumente')
        .insert({
          mappe_id: mappe.id,
          name: `Dokument ${i}`,
          blob_key: blob.key,
          bytes: blob.bytes,
          herkunft: 'hochgeladen',
        })
        .returning('id');
      mappenDokumente.set(blob.key, id as number);
    }
    const zwischenstaende = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.ctx.blobs.put(Buffer.from(`Teil ${i}`), 'teile')),
    );
    const bleiben = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.ctx.blobs.put(Buffer.from(`bleibt ${i}`), 'dokumente')),
    );
    const { blobsLoeschen } = createBlobActivities({ blobs: t.ctx.blobs });
    const loeschen = new Map<string, () => Promise<void>>([
      ...[...mappenDokumente].map(([key, id]) => [key, () => dokumentEntfernen(t.ctx, kundeId, mappe.id, id)] as const),
      ...zwischenstaende.map(({ key }) => [key, () => blobsLoeschen({ keys: [key] })] as const),
    ]);

    // The worst moment for each deletion: the rotation has read the old bytes and is about to write them back. The
    // deletion runs then, and the rewrite goes on once the deletion is done or waits for the blob's lock.
    const roh = createBlobAdapter(t.ctx.config.blobStore);
    const laeufe: Array<Promise<void>> = [];
    const angehalten: BlobAdapter = {
      ...roh,
      list: () => roh.list(),
      async write(key, body) {
        const loeschung = loeschen.get(key);
        if (loeschung) {
          let fertig = false;
          laeufe.push(loeschung().then(() => void (fertig = true)));
          await waitUntil(`deletion of ${key} done or waiting`, async () => fertig || (await wartetAufSperre(key)), {
            timeoutMs: 30_000,
            intervalMs: 10,
          });
        }
        return roh.write(key, body);
      },
    };
    const ergebnis = await blobsUmschluesseln(angehalten, [neu, ...testBlobSchluessel], 4, (key, arbeit) =>
      unterBlobSperre(t.ctx.db, [key], arbeit),
    );
    await Promise.all(laeufe);

    assert.equal(laeufe.length, loeschen.size, 'every deletion ran during the rotation');
    assert.deepEqual(ergebnis.fehler, []);
    const wiederDa: string[] = [];
    for (const key of loeschen.keys())
      await roh.read(key).then(
        (strom) => (strom.destroy(), wiederDa.push(key)),
        (error: unknown) => assert.ok(error instanceof BlobNotFoundError, String(error)),
      );
    assert.deepEqual(wiederDa, [], 'no deleted blob was written back');
    const nurNeu = createBlobStore(t.ctx.config.blobStore, [neu]);
    for (const [i, blob] of bleiben.entries()) assert.equal((await nurNeu.get(blob.key)).toString(), `bleibt ${i}`);
    assert.equal((await t.ctx.db('bewerbungsmappe_dokumente').where({ mappe_id: mappe.id })).length, 0);
    await nurNeu.close();
    await roh.close();
  });
});
