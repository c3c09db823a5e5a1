// Reads the event log after a cursor, in position order (which is commit order, see erfassen.ts).
import type { Db } from '../../db/knex.js';
import type { EreignisArt } from '../../domain/ereignis.js';

/** A row of table ereignisse; bigint positions arrive as strings from pg. */
export interface EreignisZeile {
  position: string;
  schluessel: string;
  art: EreignisArt;
  status: string;
  zeit: Date;
  kundennummer: string | null;
  dokumentart: string | null;
  eingangsnummer: string | null;
  ausgangsnummer: string | null;
  termin_id: number | null;
}

/** Up to `limit` events with a position above `nach`. */
export async function ereignisseNach(db: Db, nach: bigint, limit: number): Promise<EreignisZeile[]> {
  return db<EreignisZeile>('ereignisse').where('position', '>', String(nach)).orderBy('position').limit(limit);
}

/** The position of the newest event (0 when there is none): where a new subscriber starts. */
export async function letztePosition(db: Db): Promise<bigint> {
  const zeile = await db('ereignis_zaehler').first('wert');
  return BigInt(zeile?.wert ?? 0);
}
