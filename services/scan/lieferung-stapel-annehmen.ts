// Accepts a stack PDF of a delivery at a first position `ab` without reading it: the stack is stored and recorded as
// angenommen, and its own workflow splits it on the PDF queue; the same stack at the same position again is the same,
// another stack there a conflict.
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { offeneLieferung, pdfPruefen } from './lieferung-dokument-annehmen.js';
import { stapelStand, stapelZeile, type StapelStand, type StapelZeile } from './lieferung-stapel-zeile.js';
import { eigeneLieferung } from './lieferung-zeile.js';
import { stapelTrennungStarten } from './stapel-trennung-starten.js';

const besetzt = () =>
  new FachlicherFehler('konflikt', 'An dieser Position wurde schon ein anderer Stapel eingeliefert.', {
    position: 'belegt',
  });

export async function lieferungStapelAnnehmen(
  ctx: AppContext,
  clientId: string,
  lieferungId: string,
  ab: number,
  datei: { blob: BlobRef; kopf: Uint8Array },
): Promise<StapelStand & { neu: boolean }> {
  const { blob } = datei;
  const verwerfen = () => ctx.blobs.delete(blob.key).catch(() => undefined);
  /** The stack already recorded at `ab`: the same one is answered with its status (and its split made up for). */
  const schonDa = async (frueher: StapelZeile) => {
    await verwerfen();
    if (frueher.sha256 !== blob.sha256) throw besetzt();
    if (frueher.status === 'angenommen') await stapelTrennungStarten(ctx, frueher);
    return { ...(await stapelStand(ctx.db, frueher)), neu: false };
  };
  try {
    await eigeneLieferung(ctx.db, clientId, lieferungId);
    const frueher = await stapelZeile(ctx.db, lieferungId, ab);
    if (frueher) return await schonDa(frueher);
    await offeneLieferung(ctx.db, clientId, lieferungId);
  } catch (error) {
    await verwerfen();
    throw error;
  }
  await pdfPruefen(ctx, blob, datei.kopf);
  let eingefuegt: StapelZeile[];
  try {
    // Under the delivery's lock: closing it waits, and sees this stack (or this request sees it closed).
    eingefuegt = await ctx.db.transaction(async (trx) => {
      await trx('scan_lieferungen').where({ lieferung_id: lieferungId }).forUpdate().first('lieferung_id');
      await offeneLieferung(trx, clientId, lieferungId);
      return trx('scan_lieferung_stapel')
        .insert({ lieferung_id: lieferungId, ab, sha256: blob.sha256, blob_key: blob.key, bytes: blob.bytes })
        .onConflict(['lieferung_id', 'ab'])
        .ignore()
        .returning('*');
    });
  } catch (error) {
    await verwerfen();
    throw error;
  }
  // The same position at the same moment from a second request: whichever came first holds it.
  if (eingefuegt.length === 0) return schonDa((await stapelZeile(ctx.db, lieferungId, ab))!);
  const stapel = eingefuegt[0]!;
  await stapelTrennungStarten(ctx, stapel);
  return { stapel, positionen: [], neu: true };
}
