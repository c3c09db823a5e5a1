// Letters in the client's Eingang: addressed to this client only (not the household).
import type { Db } from '../../db/knex.js';
import type { EingangZeile } from './eingang-page.js';

export async function eingangLaden(db: Db, kundeId: number): Promise<EingangZeile[]> {
  return db('ausgangsdokumente')
    .where({ kunde_id: kundeId })
    .orderBy('bereitgestellt_am', 'desc')
    .limit(200)
    .select('ausgangsnummer', 'bereitgestellt_am as datum', 'bereich', 'name', 'info', 'abgerufen_am as abgerufenAm');
}
