// Opens a shared folder without sign-in: its title, expiry and document names only; counts the visit for the client.
import type { Db } from '../../db/knex.js';
import { mappeZumLink } from './abruf.js';

export interface OeffentlicheMappe {
  titel: string;
  gueltigBis: Date;
  dokumente: Array<{ id: number; name: string; bytes: number }>;
}

export async function mappeOeffnen(db: Db, token: string, jetzt = new Date()): Promise<OeffentlicheMappe | undefined> {
  const mappe = await mappeZumLink(db, token, jetzt);
  if (!mappe) return undefined;
  await db('bewerbungsmappen')
    .where({ id: mappe.id })
    .update({ aufrufe: db.raw('aufrufe + 1'), zuletzt_geoeffnet_am: jetzt });
  const dokumente = await db('bewerbungsmappe_dokumente')
    .where({ mappe_id: mappe.id })
    .orderBy('id')
    .select('id', 'name', 'bytes');
  return { titel: mappe.titel, gueltigBis: mappe.gueltigBis, dokumente };
}
