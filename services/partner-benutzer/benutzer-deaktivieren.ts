// A partner admin deactivates a user of the organisation: their sessions end and their links are spent.
import { fn } from 'objection';
import type { Db } from '../../db/knex.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
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
    const benutzer = await PartnerBenutzer.query(trx)
      .findOne({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .select('id', 'email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await PartnerBenutzer.query(trx).findById(benutzerId).patch({ aktiv: false, updated_at: fn.now() });
    await zugaengeBeenden(trx, { art: 'partner', id: benutzerId });
    return { email: benutzer.email };
  });
}
