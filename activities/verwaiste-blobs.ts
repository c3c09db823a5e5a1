// Orphan sweep of the Löschlauf: deletes blobs no row refers to once they are older than the grace period, a batch a call.
import { unbenutzteBlobKeys } from '../db/blob-verweise.js';
import type { Db } from '../db/knex.js';
import { verwaisteBlobs } from '../domain/loeschkonzept.js';
import type { BlobStore } from '../platform/blob-store.js';

export interface VerwaistAuftrag {
  /** ISO instant the grace period counts back from (the workflow's clock). */
  jetzt: string;
  /** The last key an earlier call looked at ('' to begin). */
  nach: string;
  /** Blobs looked at in this call. */
  limit: number;
}

export interface VerwaistDeps {
  db: Db;
  blobs: BlobStore;
  verwaistKarenzStunden?: number;
}

export function createVerwaisteBlobsActivities({
  db,
  blobs,
  verwaistKarenzStunden = verwaisteBlobs.standardStunden,
}: VerwaistDeps) {
  return {
    /**
     * Looks at up to `limit` blobs after `nach` in key order and deletes those older than the grace period that no row
     * refers to (under the key rotation's lock, in the store). `weiter` is where the next call goes on, null at the end.
     * Idempotent: a retried or restarted call finds the deleted ones gone and deletes nothing else.
     */
    async verwaisteBlobsLoeschen({
      jetzt,
      nach,
      limit,
    }: VerwaistAuftrag): Promise<{ geloescht: number; weiter: string | null }> {
      const grenze = new Date(new Date(jetzt).getTime() - verwaistKarenzStunden * 3_600_000);
      const alt: string[] = [];
      let letzter = nach;
      let gesehen = 0;
      for await (const { key, geschriebenAm } of blobs.auflisten(nach || undefined)) {
        letzter = key;
        if (geschriebenAm < grenze) alt.push(key);
        if (++gesehen >= limit) break;
      }
      const verwaist = await unbenutzteBlobKeys(db, alt);
      if (verwaist.length > 0) await blobs.deleteMany(verwaist);
      return { geloescht: verwaist.length, weiter: gesehen >= limit ? letzter : null };
    },
  };
}
