// Deactivates a partner organisation (Admin) whose contract ended.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { zugaengeBeenden } from '../konten/zugaenge-beenden.js';

/**
 * Deactivates an organisation (its contract ended): its users can no longer sign in, open sessions and links end, and its
 * assignments end, so nothing more can be sent for those clients. Letters and submissions stay on record.
 */
export async function partnerDeaktivieren(app: AppContext, partnerId: number): Promise<{ name: string }> {
  return app.db.transaction(async (trx) => {
    const [partner] = await trx('partner')
      .where({ id: partnerId, aktiv: true })
      .update({ aktiv: false, updated_at: trx.fn.now() })
      .returning('name');
    if (!partner) throw new FachlicherFehler('nicht_gefunden');
    const benutzer = await trx('partner_benutzer').where({ partner_id: partnerId }).pluck('id');
    for (const id of benutzer) await zugaengeBeenden(trx, { art: 'partner', id });
    await trx('partner_kunden').where({ partner_id: partnerId }).delete();
    return { name: partner.name };
  });
}
