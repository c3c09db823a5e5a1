// The rule both role change and deactivation keep: an organisation always has an active admin who can sign in.
import type { Db } from '../../db/knex.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';

/** The problem role change and deactivation refuse with, on the field "benutzer" (the row acted on). */
export type LetzterAdminProblem = 'letzter_admin';

/** Refuses when no other active admin who can sign in would remain: the organisation must never lock itself out. */
export async function andereAdminsPruefen(trx: Db, partnerId: number, benutzerId: number): Promise<void> {
  const andere = await PartnerBenutzer.query(trx)
    .where({ partner_id: partnerId, aktiv: true, ist_admin: true })
    .whereNot({ id: benutzerId })
    .whereNotNull('passwort_hash')
    .resultSize();
  const probleme: Probleme<LetzterAdminProblem> = { benutzer: 'letzter_admin' };
  if (andere === 0) throw new FachlicherFehler('ungueltige_eingabe', 'letzter Admin', probleme);
}
