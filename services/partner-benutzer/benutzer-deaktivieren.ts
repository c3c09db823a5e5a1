// A partner admin deactivates a user of the organisation: their sessions end and their links are spent.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { zugaengeBeenden } from '../konten/zugaenge-beenden.js';
import { andereAdminsPruefen } from './letzter-admin.js';

/**
 * Deactivates a user of the organisation, ends their sessions and spends their links. The organisation row is locked
 * so two admins deactivating each other at once cannot both succeed and leave no admin who can sign in.
 */
export async function benutzerDeaktivieren(db: Db, partnerId: number, benutzerId: number): Promise<{ email: string }> {
  return db.transaction(async (trx) => {
    await trx('partner').where({ id: partnerId }).forUpdate().first('id');
    const benutzer = await trx('partner_benutzer')
      .where({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .first('id', 'email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await trx('partner_benutzer').where({ id: benutzerId }).update({ aktiv: false, updated_at: trx.fn.now() });
    await zugaengeBeenden(trx, { art: 'partner', id: benutzerId });
    return { email: benutzer.email };
  });
}
