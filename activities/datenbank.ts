// Activities against PostgreSQL.
import type { Db } from '../db/knex.js';
import { Sitzung } from '../db/models/sitzung.js';

export function createDatenbankActivities({ db }: { db: Db }) {
  return {
    async abgelaufeneSitzungenLoeschen(): Promise<number> {
      return Sitzung.query(db).where('laeuft_ab', '<', db.fn.now()).delete();
    },
  };
}
