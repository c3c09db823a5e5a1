// What a new password or a closed account ends: every session of the account and every open password link.
import type { Db } from '../../db/knex.js';
import { Sitzung } from '../../db/models/sitzung.js';
import { kontoTabellen, type Konto } from './konto.js';

/** Runs inside the caller's transaction, so the change and the end of the old access commit together. */
export async function zugaengeBeenden(db: Db, konto: Konto): Promise<void> {
  const { links, linkSpalte, sitzungsFeld } = kontoTabellen[konto.art];
  await db(links)
    .where({ [linkSpalte]: konto.id })
    .whereNull('benutzt_am')
    .update({ benutzt_am: db.fn.now() });
  await Sitzung.query(db).whereRaw(`(daten->>'${sitzungsFeld}')::int = ?`, [konto.id]).delete();
}
