// Opening a letter in an Eingang: only its addressee (a client, or a partner organisation) may; the first time is recorded.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { ausgangsereignisErfassen } from '../ereignisse/ausgang.js';

export type Empfaenger = { kunde_id: number } | { partner_id: number };

/** Marks the letter as retrieved (first time only) and returns where its PDF is; anyone else's letter is 404. */
export async function briefAbrufen(
  db: Db,
  empfaenger: Empfaenger,
  ausgangsnummer: string,
): Promise<{ blobKey: string; ausgangsnummer: string }> {
  const brief = await db.transaction(async (trx) => {
    const [zeile] = await trx('ausgangsdokumente')
      .where({ ausgangsnummer, ...empfaenger })
      .update({
        abgerufen_am: trx.raw('coalesce(abgerufen_am, now())'),
        versandstatus: 'abgerufen',
        updated_at: trx.fn.now(),
      })
      .returning(['blob_key', 'ausgangsnummer', 'abgerufen_am']);
    if (zeile) await ausgangsereignisErfassen(trx, zeile.ausgangsnummer, 'ausgang.abgerufen', zeile.abgerufen_am);
    return zeile;
  });
  if (!brief) throw new FachlicherFehler('nicht_gefunden');
  return { blobKey: brief.blob_key, ausgangsnummer: brief.ausgangsnummer };
}
