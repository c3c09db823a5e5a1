// Adds one of the client's own gesendet documents to their folder as a copy of its filed PDF (already rebuilt on intake).
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneMappe, mussOffenSein } from './eigene-mappe.js';

/** `nicht_gefunden` for a folder or document of another client: the two look the same as ones that do not exist. */
export async function dokumentHinzufuegen(
  app: Pick<AppContext, 'db' | 'blobs'>,
  kundeId: number,
  mappeId: number,
  eingangsnummer: string,
  jetzt = new Date(),
): Promise<{ name: string }> {
  mussOffenSein(await eigeneMappe(app.db, kundeId, mappeId, jetzt));
  // Only what the client sent through the portal themselves: no letters, nothing a partner or the scan service filed.
  const quelle = await app
    .db('eingangsdokumente')
    .where({ eingangsnummer, kunde_id: kundeId, kanal: 'kunde', art: 'dokument' })
    .whereNotNull('blob_key')
    .whereNot('status', 'abgelehnt')
    .first('dokumentart', 'blob_key');
  if (!quelle) throw new FachlicherFehler('nicht_gefunden', 'Dieses Dokument gibt es in Ihrer Liste nicht.');
  const kopie = await app.blobs.putStream(app.blobs.stream(quelle.blob_key), 'bewerbungsmappe');
  // The copy goes again if it cannot join the folder (full, closed meanwhile, or the insert failed), after the
  // transaction: deleting takes a blob lock on a connection of its own.
  try {
    return await app.db.transaction(async (trx) => {
      const mappe = await eigeneMappe(trx, kundeId, mappeId, jetzt, true);
      mussOffenSein(mappe);
      const { anzahl } = (
        await trx('bewerbungsmappe_dokumente').where({ mappe_id: mappe.id }).count({ anzahl: '*' })
      )[0]!;
      if (Number(anzahl) >= bewerbungsmappe.dokumente)
        throw new FachlicherFehler('ungueltige_eingabe', 'Die Mappe ist voll.', { dokument: 'zu_viele' });
      await trx('bewerbungsmappe_dokumente').insert({
        mappe_id: mappe.id,
        name: quelle.dokumentart,
        blob_key: kopie.key,
        bytes: kopie.bytes,
        herkunft: 'gesendet',
        eingangsnummer,
      });
      return { name: quelle.dokumentart as string };
    });
  } catch (error) {
    await app.blobs.delete(kopie.key);
    throw error;
  }
}
