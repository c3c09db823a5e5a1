// A client asks in the portal for a copy of everything stored about them; one open request at a time.
import { Auskunft } from '../../db/models/auskunft.js';
import type { Db } from '../../db/knex.js';

/** Returns the open request (new or the one already waiting), so asking twice makes no second request. */
export async function auskunftBeantragen(db: Db, kundeId: number): Promise<Auskunft> {
  return db.transaction(async (trx) => {
    // Serialises two clicks of the same client.
    await trx.raw('select id from kunden where id = ? for update', [kundeId]);
    const offen = await Auskunft.query(trx)
      .findOne({ kunde_id: kundeId })
      .whereIn('status', ['beantragt', 'in_arbeit']);
    return offen ?? Auskunft.query(trx).insertAndFetch({ kunde_id: kundeId, beantragt_von: 'kunde' });
  });
}
