// What the slot picker shows: the bookable Anliegen and, for the chosen one, its free slots.
import type { Db } from '../../db/knex.js';
import { buchbareAnliegen, freieSlots, type AnliegenZeile, type FreierSlot } from './freie-slots.js';

export interface BuchungsAuswahl {
  anliegen: AnliegenZeile[];
  gewaehlt?: AnliegenZeile;
  slots: FreierSlot[];
}

/** `anliegenId` from the query; an unknown or (for guests) non-public one is treated as not chosen. */
export async function buchungsAuswahl(db: Db, nurOeffentlich: boolean, anliegenId: unknown): Promise<BuchungsAuswahl> {
  const anliegen = await buchbareAnliegen(db, nurOeffentlich);
  const gewaehlt = anliegen.find((a) => String(a.id) === anliegenId);
  return { anliegen, gewaehlt, slots: gewaehlt ? await freieSlots(db, gewaehlt.id) : [] };
}
