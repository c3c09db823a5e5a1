// Download of one document of a shared folder through its link, without sign-in; 404 once the link has ended.
import type { Readable } from 'node:stream';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { mappeZumLink } from './abruf.js';

export async function mappenDatei(
  app: Pick<AppContext, 'db' | 'blobs'>,
  token: string,
  dokumentId: number,
  jetzt = new Date(),
): Promise<{ stream: Readable; dateiname: string }> {
  const mappe = await mappeZumLink(app.db, token, jetzt);
  if (!mappe || !Number.isSafeInteger(dokumentId)) throw new FachlicherFehler('nicht_gefunden');
  const row = await app
    .db('bewerbungsmappe_dokumente')
    .where({ id: dokumentId, mappe_id: mappe.id })
    .first('name', 'blob_key');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return { stream: app.blobs.stream(row.blob_key), dateiname: `${row.name}.pdf` };
}
