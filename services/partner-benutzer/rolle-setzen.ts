// A partner admin grants or revokes the admin right of a user of the organisation.
import type { Db } from '../../db/knex.js';
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
    const benutzer = await trx('partner_benutzer')
      .where({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .first('email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin && !istAdmin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await trx('partner_benutzer').where({ id: benutzerId }).update({ ist_admin: istAdmin, updated_at: trx.fn.now() });
    return { email: benutzer.email };
  });
}
