// Takes a document out of the client's folder and deletes the folder's copy of it.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneMappe } from './eigene-mappe.js';

export async function dokumentEntfernen(
  app: Pick<AppContext, 'db' | 'blobs'>,
  kundeId: number,
  mappeId: number,
  dokumentId: number,
  jetzt = new Date(),
): Promise<void> {
  const mappe = await eigeneMappe(app.db, kundeId, mappeId, jetzt);
  if (!Number.isSafeInteger(dokumentId)) throw new FachlicherFehler('nicht_gefunden');
  const [row] = await app
    .db('bewerbungsmappe_dokumente')
    .where({ id: dokumentId, mappe_id: mappe.id })
    .del()
    .returning('blob_key');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  await app.blobs.delete(row.blob_key);
}
