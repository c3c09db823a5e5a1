// The zip of a ready Auskunft: for its client (then marked fetched) or for Admin (then on the audit log).
import type { Readable } from 'node:stream';
import { Auskunft } from '../../db/models/auskunft.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Db } from '../../db/knex.js';
import type { BlobStore } from '../../platform/blob-store.js';

export type AuskunftLeser = { kundeId: number } | { mitarbeiterId: number; requestId?: string };

/** Another client's Auskunft, or one not ready (or deleted), is not found: nothing tells them apart. */
export async function auskunftHerunterladen(
  app: { db: Db; blobs: BlobStore },
  leser: AuskunftLeser,
  auskunftId: number,
): Promise<{ stream: Readable; dateiname: string }> {
  const auskunft = await Auskunft.query(app.db)
    .findById(auskunftId)
    .where({ status: 'bereit' })
    .modify((q) => {
      if ('kundeId' in leser) q.where({ kunde_id: leser.kundeId });
    });
  if (!auskunft?.blob_key) throw new FachlicherFehler('nicht_gefunden');
  const kunde = await app.db('kunden').where({ id: auskunft.kunde_id }).first('kundennummer');
  if ('kundeId' in leser)
    await Auskunft.query(app.db)
      .patch({ abgerufen_am: new Date() })
      .where({ id: auskunftId })
      .whereNull('abgerufen_am');
  else
    await app.db('audit_log').insert({
      mitarbeiter_id: leser.mitarbeiterId,
      aktion: 'auskunft_herunterladen',
      kundennummer: kunde.kundennummer,
      details: { auskunft: auskunftId },
      request_id: leser.requestId ?? null,
    });
  return { stream: app.blobs.stream(auskunft.blob_key), dateiname: `auskunft-${kunde.kundennummer}-${auskunftId}.zip` };
}
