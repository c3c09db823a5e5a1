// The rule both role change and deactivation keep: an organisation always has an active admin who can sign in.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

/** Refuses when no other active admin who can sign in would remain: the organisation must never lock itself out. */
export async function andereAdminsPruefen(trx: Db, partnerId: number, benutzerId: number): Promise<void> {
  const andere = await trx('partner_benutzer')
    .where({ partner_id: partnerId, aktiv: true, ist_admin: true })
    .whereNot({ id: benutzerId })
    .whereNotNull('passwort_hash')
    .count({ anzahl: '*' })
    .first();
  if (Number(andere?.anzahl ?? 0) === 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'letzter Admin', { benutzer: 'letzter_admin' });
}
