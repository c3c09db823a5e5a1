// Opens a shared folder without sign-in: its title, expiry and document names only; counts the visit for the client.
import type { AppContext } from '../../platform/context.js';
import { mappeZumLink } from './abruf.js';
import { vormerkungenUebernehmen } from './vormerkungen-uebernehmen.js';

export interface OeffentlicheMappe {
  titel: string;
  gueltigBis: Date;
  dokumente: Array<{ id: number; name: string; bytes: number }>;
}

export async function mappeOeffnen(
  app: Pick<AppContext, 'db' | 'blobs'>,
  token: string,
  jetzt = new Date(),
): Promise<OeffentlicheMappe | undefined> {
  const { db } = app;
  const mappe = await mappeZumLink(db, token, jetzt);
  if (!mappe) return undefined;
  await vormerkungenUebernehmen(app, mappe.id);
  await db('bewerbungsmappen')
    .where({ id: mappe.id })
    .update({ aufrufe: db.raw('aufrufe + 1'), zuletzt_geoeffnet_am: jetzt });
  const dokumente = await db('bewerbungsmappe_dokumente')
    .where({ mappe_id: mappe.id })
    .orderBy('id')
    .select('id', 'name', 'bytes');
  return { titel: mappe.titel, gueltigBis: mappe.gueltigBis, dokumente };
}
