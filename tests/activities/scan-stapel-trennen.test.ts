// lieferungStapelTrennen (the split of an accepted stack on the PDF queue) is idempotent and ends in a final status.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { trennblattPdf } from '../../platform/pdf/antwortbogen.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { lieferungStapelTrennen } from '../../services/scan/lieferung-stapel-trennen.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { alsScan, stapel } from '../support/scan.js';
import { lieferungEintragen } from '../support/scan-lieferung.js';

describe('splitting an accepted stack', () => {
  let t: TestContext;
  let trenn: Uint8Array;

  before(async () => {
    t = await createTestContext();
    trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
  });
  after(() => t?.close());

  /** A delivery with the stack `pdf` accepted at position `ab`, as the upload leaves it. */
  async function angenommen(lieferungId: string, pdf: Uint8Array, ab = 1) {
    await lieferungEintragen(t.ctx.db, lieferungId, { erwartet: 3 });
    const blob = await t.ctx.blobs.put(pdf, 'scan');
    await t.ctx.db('scan_lieferung_stapel').insert({
      lieferung_id: lieferungId,
      ab,
      sha256: blob.sha256,
      blob_key: blob.key,
      bytes: blob.bytes,
    });
    return { lieferungId, ab, sha256: blob.sha256, stapelBlob: blob.key };
  }
  const deps = (blobs: BlobStore = t.ctx.blobs) => ({ db: t.ctx.db, blobs, qrSchluessel: t.ctx.config.qrSchluessel });
  const da = async (key: string) =>
    t.ctx.blobs.get(key).then(
      () => true,
      () => false,
    );
  const stapelZeile = (lieferungId: string) =>
    t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: lieferungId }).first();
  const positionen = (lieferungId: string) =>
    t.ctx.db('scan_lieferung_positionen').where({ lieferung_id: lieferungId }).orderBy('position');

  it('retried after a failure midway (part of the parts stored, even their removal failing as in a crash), leaves no duplicate position and no part without one', async () => {
    const scan = await stapel(
      await pdfMitSeiten(1, 'A'),
      trenn,
      await pdfMitSeiten(2, 'B'),
      trenn,
      await pdfMitSeiten(1, 'C'),
    );
    const stapelDaten = await angenommen('L-abbruch', scan, 5);
    const geschrieben: string[] = [];
    let puts = 0;
    // The blob store fails at the second part, and cannot delete either: what a worker dying there would leave.
    const brechend: BlobStore = {
      ...t.ctx.blobs,
      put: async (data, prefix) => {
        if (++puts === 2) throw new Error('blob store gone');
        const ref = await t.ctx.blobs.put(data, prefix);
        geschrieben.push(ref.key);
        return ref;
      },
      delete: async () => {
        throw new Error('blob store gone');
      },
    };
    await assert.rejects(lieferungStapelTrennen(deps(brechend), stapelDaten), /blob store gone/);
    assert.equal(geschrieben.length, 1);
    assert.deepEqual((await positionen('L-abbruch')).length, 0);
    assert.deepEqual((await stapelZeile('L-abbruch')).teil_blobs, geschrieben, 'the stored part is noted');
    assert.equal(await da(geschrieben[0]!), true);

    const zaehlend: BlobStore = {
      ...t.ctx.blobs,
      put: async (data, prefix) => {
        const ref = await t.ctx.blobs.put(data, prefix);
        geschrieben.push(ref.key);
        return ref;
      },
    };
    assert.deepEqual(await lieferungStapelTrennen(deps(zaehlend), stapelDaten), { status: 'getrennt' });
    assert.deepEqual(await lieferungStapelTrennen(deps(zaehlend), stapelDaten), { status: 'getrennt' });
    const zeilen = await positionen('L-abbruch');
    assert.deepEqual(
      zeilen.map((z) => [z.position, z.seiten, z.stapel_ab, z.stapel_sha256]),
      [
        [5, 1, 5, stapelDaten.sha256],
        [6, 2, 5, stapelDaten.sha256],
        [7, 1, 5, stapelDaten.sha256],
      ],
    );
    // Every part ever stored is a position's file, or gone; the stack PDF is gone too.
    const inPositionen = new Set(zeilen.map((z) => z.blob_key as string));
    assert.equal(geschrieben.length, 4, 'one part of the failed attempt, three of the retry, none by the third call');
    for (const key of geschrieben) assert.equal(await da(key), inPositionen.has(key), key);
    assert.equal(await da(stapelDaten.stapelBlob), false);
    const zeile = await stapelZeile('L-abbruch');
    assert.equal(zeile.status, 'getrennt');
    assert.deepEqual(zeile.teil_blobs, []);
    assert.equal(zeile.blob_key, null);
  });

  it('refuses a stack whose PDF cannot be read, or with nothing between its Trennblätter, instead of retrying', async () => {
    const kaputt = await angenommen('L-kaputt', new TextEncoder().encode('%PDF-1.7\nnichts weiter'));
    assert.deepEqual(await lieferungStapelTrennen(deps(), kaputt), { status: 'abgelehnt' });
    assert.equal((await stapelZeile('L-kaputt')).grund, 'pdf_unlesbar');
    assert.equal(await da(kaputt.stapelBlob), false);
    const leer = await angenommen('L-leer', await stapel(trenn, trenn));
    assert.deepEqual(await lieferungStapelTrennen(deps(), leer), { status: 'abgelehnt' });
    assert.equal((await stapelZeile('L-leer')).grund, 'ohne_dokumente');
    assert.equal((await positionen('L-leer')).length, 0);
  });
});
