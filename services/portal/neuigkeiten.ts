// The jobcenter's news both portals show on their Startseite.
import type { Db } from '../../db/knex.js';

export interface Neuigkeit {
  titel: string;
  text: string;
}

/** The jobcenter's news visible now, newest first (clients' and partners' Startseite). */
export function aktuelleNeuigkeiten(db: Db, anzahl: number): Promise<Neuigkeit[]> {
  return db('neuigkeiten')
    .where('sichtbar_ab', '<=', db.fn.now())
    .andWhere((q) => q.whereNull('sichtbar_bis').orWhere('sichtbar_bis', '>', db.fn.now()))
    .orderBy('sichtbar_ab', 'desc')
    .limit(anzahl)
    .select('titel', 'text');
}
