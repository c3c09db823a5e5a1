// Ends a client's assignment to a partner organisation (Admin).
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

/** Ends an assignment (e.g. the measure is over): the partner can no longer send for this client. Letters already sent stay. */
export async function zuweisungBeenden(app: AppContext, partnerId: number, kundennummer: string): Promise<void> {
  const geloescht = await app
    .db('partner_kunden')
    .where({ partner_id: partnerId })
    .whereIn('kunde_id', Kunde.query(app.db).where({ kundennummer }).select('id').toKnexQuery())
    .delete();
  if (geloescht === 0) throw new FachlicherFehler('nicht_gefunden');
}
