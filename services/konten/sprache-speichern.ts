// The language of an account's pages and e-mails, saved on the account the moment it is chosen.
import type { Db } from '../../db/knex.js';
import type { Sprache } from '../../domain/sprache.js';
import { kontoTabellen, type Konto } from './konto.js';

export async function spracheSpeichern(db: Db, konto: Konto, sprache: Sprache): Promise<void> {
  await db(kontoTabellen[konto.art].tabelle).where({ id: konto.id }).update({ sprache, updated_at: db.fn.now() });
}
