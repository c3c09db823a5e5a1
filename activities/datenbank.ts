// Activities against PostgreSQL.
import type { Db } from '../db/knex.js';

export function createDatenbankActivities({ db }: { db: Db }) {
  return {
    async abgelaufeneSitzungenLoeschen(): Promise<number> {
      return db('sitzungen').where('laeuft_ab', '<', db.fn.now()).delete();
    },
  };
}
