// Activities against PostgreSQL.
import type { Db } from '../db/knex.js';
import { idempotenzSchluesselGueltigStunden } from '../domain/api-fristen.js';

export function createDatenbankActivities({ db }: { db: Db }) {
  return {
    async abgelaufeneSitzungenLoeschen(): Promise<number> {
      return db('sitzungen').where('laeuft_ab', '<', db.fn.now()).delete();
    },

    /** Idempotency-Keys of the machine API past their validity, with the answers stored for them. */
    async abgelaufeneIdempotenzSchluesselLoeschen(): Promise<number> {
      return db('api_idempotenz')
        .where('erstellt_am', '<', db.raw(`now() - interval '${idempotenzSchluesselGueltigStunden} hours'`))
        .delete();
    },
  };
}
