// The signed-in client's folders for their list page, newest first, with when each link was last opened and how often.
import type { Db } from '../../db/knex.js';
import { mappeAusRow, mappenSpalten, type MappenZeile } from './eigene-mappe.js';

export async function mappenLaden(db: Db, kundeId: number, jetzt = new Date()): Promise<MappenZeile[]> {
  const rows = await db('bewerbungsmappen')
    .where({ kunde_id: kundeId })
    .orderBy('erstellt_am', 'desc')
    .select(...mappenSpalten);
  return rows.map((row) => mappeAusRow(row, jetzt));
}
