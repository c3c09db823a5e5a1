// Moves a folder's noted uploads into it once dokumentEingang has filed their PDF; drops those that were refused.
import type { AppContext } from '../../platform/context.js';
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';

interface Vormerkung {
  id: number;
  eingangsnummer: string;
  name: string;
  status: string;
  blob_key: string | null;
}

/** Idempotent and safe to call from concurrent requests: each noted upload is taken by exactly one of them. */
export async function vormerkungenUebernehmen(app: Pick<AppContext, 'db' | 'blobs'>, mappeId: number): Promise<void> {
  const fertig: Vormerkung[] = await app
    .db('bewerbungsmappe_vormerkungen as v')
    .join('eingangsdokumente as e', 'e.eingangsnummer', 'v.eingangsnummer')
    .where('v.mappe_id', mappeId)
    .andWhere((q) => q.whereNotNull('e.blob_key').orWhere('e.status', 'abgelehnt'))
    .select('v.id', 'v.eingangsnummer', 'v.name', 'e.status', 'e.blob_key');
  for (const v of fertig) {
    const kopie =
      v.status === 'abgelehnt'
        ? undefined
        : await app.blobs.putStream(app.blobs.stream(v.blob_key!), 'bewerbungsmappe');
    const uebernommen = await app.db.transaction(async (trx) => {
      await trx('bewerbungsmappen').where({ id: mappeId }).forUpdate().first('id');
      const genommen = await trx('bewerbungsmappe_vormerkungen').where({ id: v.id }).del();
      if (!genommen || !kopie) return false;
      const { anzahl } = (
        await trx('bewerbungsmappe_dokumente').where({ mappe_id: mappeId }).count({ anzahl: '*' })
      )[0]!;
      if (Number(anzahl) >= bewerbungsmappe.dokumente) return false;
      await trx('bewerbungsmappe_dokumente').insert({
        mappe_id: mappeId,
        name: v.name,
        blob_key: kopie.key,
        bytes: kopie.bytes,
        herkunft: 'hochgeladen',
        eingangsnummer: v.eingangsnummer,
      });
      return true;
    });
    if (kopie && !uebernommen) await app.blobs.delete(kopie.key);
  }
}
