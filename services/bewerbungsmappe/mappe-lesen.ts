// One of the client's folders with its documents and noted uploads, and which of their gesendet documents can still be added.
import type { AppContext } from '../../platform/context.js';
import { eigeneMappe, type MappenZeile } from './eigene-mappe.js';
import { vormerkungenUebernehmen } from './vormerkungen-uebernehmen.js';

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

/** An upload for the folder whose PDF is not filed yet. */
export interface Vorgemerkt {
  eingangsnummer: string;
  name: string;
}

export interface MappeMitDokumenten {
  mappe: MappenZeile;
  dokumente: MappenDokument[];
  vorgemerkt: Vorgemerkt[];
  /** The client's own filed documents (not yet in this folder) that have a PDF. */
  auswahl: Auswahldokument[];
}

/** Takes in the noted uploads that are filed by now, so the client sees them as soon as they are there. */
export async function mappeLesen(
  app: Pick<AppContext, 'db' | 'blobs'>,
  kundeId: number,
  mappeId: number,
  jetzt = new Date(),
) {
  const { db } = app;
  const mappe = await eigeneMappe(db, kundeId, mappeId, jetzt);
  await vormerkungenUebernehmen(app, mappe.id);
  const dokumente: MappenDokument[] = await db('bewerbungsmappe_dokumente')
    .where({ mappe_id: mappe.id })
    .orderBy('id')
    .select('id', 'name', 'bytes', 'herkunft', 'eingangsnummer');
  const vorgemerkt: Vorgemerkt[] = await db('bewerbungsmappe_vormerkungen')
    .where({ mappe_id: mappe.id })
    .orderBy('id')
    .select('eingangsnummer', 'name');
  const schonDrin = [
    ...dokumente.flatMap((d) => (d.eingangsnummer ? [d.eingangsnummer] : [])),
    ...vorgemerkt.map((v) => v.eingangsnummer),
  ];
  const auswahl = await db('eingangsdokumente')
    .where({ kunde_id: kundeId, kanal: 'kunde', art: 'dokument' })
    .whereNotNull('blob_key')
    .whereNot('status', 'abgelehnt')
    .whereNotIn('eingangsnummer', schonDrin)
    .orderBy('eingegangen_am', 'desc')
    .limit(200)
    .select('eingangsnummer', 'dokumentart as name', 'eingegangen_am as eingegangenAm');
  return { mappe, dokumente, vorgemerkt, auswahl } satisfies MappeMitDokumenten;
}
