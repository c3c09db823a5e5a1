// Per-blob advisory lock shared by the Löschlauf and the key rotation: a blob is never deleted while it is being rewritten.
import type { Db } from './knex.js';

/** First half of the two-part advisory lock key ("blob"), so these locks meet no other lock of the platform. */
const NAMENSRAUM = 0x626c6f62;

/**
 * Runs `arbeit` while holding the lock of every key (a transaction's advisory locks, released at its end, also when
 * the process dies). Locks are taken in hash order, so two holders of several keys never wait for each other in a ring.
 */
export async function unterBlobSperre<T>(db: Db, keys: readonly string[], arbeit: () => Promise<T>): Promise<T> {
  if (keys.length === 0) return arbeit();
  return db.transaction(async (trx) => {
    await trx.raw(
      'select pg_advisory_xact_lock(?, h) from (select distinct hashtext(k) as h from unnest(?::text[]) k order by 1) s',
      [NAMENSRAUM, [...keys]],
    );
    return arbeit();
  });
}
