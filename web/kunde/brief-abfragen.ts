// Letters in the client's Eingang: addressed to this client only (not the household); retrieval is recorded.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { EingangZeile } from './eingang-page.js';

export async function eingangLaden(db: Db, kundeId: number): Promise<EingangZeile[]> {
  return db('ausgangsdokumente')
    .where({ kunde_id: kundeId })
    .orderBy('bereitgestellt_am', 'desc')
    .limit(200)
    .select('ausgangsnummer', 'bereitgestellt_am as datum', 'bereich', 'name', 'info', 'abgerufen_am as abgerufenAm');
}

/** Marks the letter as retrieved (first time only) and returns where its PDF is. */
export async function briefAbrufen(db: Db, kundeId: number, ausgangsnummer: string): Promise<{ blobKey: string; ausgangsnummer: string }> {
  const [brief] = await db('ausgangsdokumente')
    .where({ ausgangsnummer, kunde_id: kundeId })
    .update({ abgerufen_am: db.raw('coalesce(abgerufen_am, now())'), versandstatus: 'abgerufen', updated_at: db.fn.now() })
    .returning(['blob_key', 'ausgangsnummer']);
  if (!brief) throw new FachlicherFehler('nicht_gefunden');
  return { blobKey: brief.blob_key, ausgangsnummer: brief.ausgangsnummer };
}
