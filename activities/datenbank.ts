// Activities against PostgreSQL.
import type { Db } from '../db/knex.js';
import { idempotenzSchluesselGueltigStunden } from '../domain/api-fristen.js';

export function createDatenbankActivities({ db }: { db: Db }) {
  return {
    /** Idempotency-Keys of the machine API past their validity at `jetzt`, with the answers stored for them. */
    async abgelaufeneIdempotenzSchluesselLoeschen({ jetzt }: { jetzt: string }): Promise<number> {
      const grenze = new Date(Date.parse(jetzt) - idempotenzSchluesselGueltigStunden * 3_600_000);
      return db('api_idempotenz').where('erstellt_am', '<', grenze).delete();
    },
  };
}
