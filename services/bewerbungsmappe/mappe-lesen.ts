// One of the client's folders with its documents, and which of their gesendet documents can still be added.
import type { Db } from '../../db/knex.js';
import { eigeneMappe, type MappenZeile } from './eigene-mappe.js';

export interface MappenDokument {
  id: number;
  name: string;
  bytes: number;
  herkunft: 'gesendet' | 'hochgeladen';
  eingangsnummer: string | null;
}

export interface Auswahldokument {
  eingangsnummer: string;
  name: string;
  eingegangenAm: Date;
}

export interface MappeMitDokumenten {
  mappe: MappenZeile;
  dokumente: MappenDokument[];
  /** The client's own filed documents (not yet in this folder) that have a PDF. */
  auswahl: Auswahldokument[];
}

export async function mappeLesen(db: Db, kundeId: number, mappeId: number, jetzt = new Date()) {
  const mappe = await eigeneMappe(db, kundeId, mappeId, jetzt);
  const dokumente: MappenDokument[] = await db('bewerbungsmappe_dokumente')
    .where({ mappe_id: mappe.id })
    .orderBy('id')
    .select('id', 'name', 'bytes', 'herkunft', 'eingangsnummer');
  const schonDrin = dokumente.flatMap((d) => (d.eingangsnummer ? [d.eingangsnummer] : []));
  const auswahl = await db('eingangsdokumente')
    .where({ kunde_id: kundeId, kanal: 'kunde', art: 'dokument' })
    .whereNotNull('blob_key')
    .whereNot('status', 'abgelehnt')
    .whereNotIn('eingangsnummer', schonDrin)
    .orderBy('eingegangen_am', 'desc')
    .limit(200)
    .select('eingangsnummer', 'dokumentart as name', 'eingegangen_am as eingegangenAm');
  return { mappe, dokumente, auswahl } satisfies MappeMitDokumenten;
}
