// Makes the zip of one Auskunft into the blob store (streamed) and marks it ready; the export is on the audit log.
import { Auskunft } from '../../db/models/auskunft.js';
import type { Db } from '../../db/knex.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { auskunftInhalt } from './auskunft-inhalt.js';
import { zipStrom } from './zip-strom.js';

/**
 * Idempotent: a ready Auskunft is left as it is. A zip written by an attempt that died before the row was updated stays
 * in the store without a row; writing the row and the audit entry in one transaction keeps the two consistent.
 */
export async function auskunftZipSchreiben(
  app: { db: Db; blobs: BlobStore },
  auskunftId: number,
  weiter?: () => void,
): Promise<{ bereit: boolean }> {
  const auskunft = await Auskunft.query(app.db).findById(auskunftId);
  if (!auskunft) return { bereit: false };
  if (auskunft.status === 'bereit') return { bereit: true };
  const kunde = await app.db('kunden').where({ id: auskunft.kunde_id }).first('kundennummer');
  const zip = await app.blobs.putStream(
    zipStrom(auskunftInhalt(app.db, auskunft.kunde_id), app.blobs, weiter),
    'auskunft',
  );
  await app.db.transaction(async (trx) => {
    const bereit = await Auskunft.query(trx)
      .patch({
        status: 'bereit',
        blob_key: zip.key,
        sha256: zip.sha256,
        bytes: String(zip.bytes),
        bereit_am: new Date(),
      })
      .where({ id: auskunftId })
      .whereNot({ status: 'bereit' });
    if (bereit === 0) return;
    await trx('audit_log').insert({
      mitarbeiter_id: auskunft.erstellt_von,
      aktion: 'auskunft_erstellen',
      kundennummer: kunde.kundennummer,
      details: { auskunft: auskunftId, bytes: zip.bytes, sha256: zip.sha256 },
    });
  });
  return { bereit: true };
}
