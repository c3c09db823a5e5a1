// Activities against PostgreSQL.
import type { Db } from '../db/knex.js';
import { Sitzung } from '../db/models/sitzung.js';
import { idempotenzSchluesselGueltigStunden } from '../domain/api-fristen.js';

export function createDatenbankActivities({ db }: { db: Db }) {
  return {
    /** The 1.0 Löschlauf's only step (kept for runs started on 1.0; the Löschkonzept's class `sitzung` replaces it). */
    async abgelaufeneSitzungenLoeschen(): Promise<number> {
      return Sitzung.query(db).where('laeuft_ab', '<', db.fn.now()).delete();
    },
    /** Idempotency-Keys of the machine API past their validity at `jetzt`, with the answers stored for them. */
    async abgelaufeneIdempotenzSchluesselLoeschen({ jetzt }: { jetzt: string }): Promise<number> {
      const grenze = new Date(Date.parse(jetzt) - idempotenzSchluesselGueltigStunden * 3_600_000);
      return db('api_idempotenz').where('erstellt_am', '<', grenze).delete();
    },
  };
}
