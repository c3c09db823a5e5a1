// A partner admin grants or revokes the admin right of a user of the organisation.
import { fn } from 'objection';
import type { Db } from '../../db/knex.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { andereAdminsPruefen } from './letzter-admin.js';

/** Grants or revokes the admin right of an active user; revoking keeps at least one admin who can sign in. */
export async function rolleSetzen(
  db: Db,
  partnerId: number,
  benutzerId: number,
  istAdmin: boolean,
): Promise<{ email: string }> {
  return db.transaction(async (trx) => {
    await trx('partner').where({ id: partnerId }).forUpdate().first('id');
    const benutzer = await PartnerBenutzer.query(trx)
      .findOne({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .select('email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin && !istAdmin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await PartnerBenutzer.query(trx).findById(benutzerId).patch({ ist_admin: istAdmin, updated_at: fn.now() });
    return { email: benutzer.email };
  });
}
