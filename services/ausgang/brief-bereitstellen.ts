// Staff and the machine API send a letter to a client or a partner organisation: accept it, then start dokumentAusgang
// at once. When Temporal refuses the start, everything this letter wrote is taken back (row, file, a new assignment).
import type { AppContext } from '../../platform/context.js';
import { ausgangStarten } from './ausgang-starten.js';
import { briefAnnehmen, type Brief } from './brief-annehmen.js';

export type { Brief } from './brief-annehmen.js';

export async function briefBereitstellen(
  app: AppContext,
  brief: Brief,
): Promise<{ ausgangsnummer: string; neu: boolean }> {
  const angenommen = await briefAnnehmen(
    { db: app.db, blobs: app.blobs, qrSchluessel: app.config.qrSchluessel },
    brief,
  );
  const { ausgangsnummer, neu } = angenommen;
  if (!neu) return { ausgangsnummer, neu };
  try {
    await ausgangStarten(app, app.db, angenommen.input);
  } catch (error) {
    const row = await app.db('ausgangsdokumente').where({ ausgangsnummer }).first('blob_key', 'betrifft_kunde_id');
    await app.db.transaction(async (trx) => {
      await trx('ausgangsdokumente').where({ ausgangsnummer }).delete();
      if (angenommen.neueZuweisung)
        await trx('partner_kunden').where({ partner_id: brief.partnerId, kunde_id: row.betrifft_kunde_id }).delete();
    });
    await app.blobs.delete(row.blob_key);
    throw error;
  }
  return { ausgangsnummer, neu };
}
