// Forms the jobcenter provides for partners: the current list and one form's file (removed ones are gone for partners).
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

/** One row of the current forms, as staff and partners list them. */
export interface Formular {
  id: number;
  titel: string;
  beschreibung: string | null;
  angelegtAm: Date;
  bytes: number;
}

export async function formulareLaden(db: Db): Promise<Formular[]> {
  return db('formulare')
    .whereNull('entfernt_am')
    .orderBy('angelegt_am', 'desc')
    .orderBy('id', 'desc')
    .select('id', 'titel', 'beschreibung', 'angelegt_am as angelegtAm', 'bytes');
}

/** Throws nicht_gefunden for an unknown or removed form. */
export async function formularLaden(db: Db, id: number): Promise<{ blobKey: string; titel: string }> {
  const row = await db('formulare').where({ id }).whereNull('entfernt_am').first('blob_key', 'titel');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return { blobKey: row.blob_key, titel: row.titel };
}
