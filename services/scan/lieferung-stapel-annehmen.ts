// Accepts a stack PDF of a delivery: split at its Trennblätter into documents at consecutive positions from `ab`;
// the same stack at the same position again is the same, anything else on those positions is a conflict.
import { createHash } from 'node:crypto';
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { stapelTrennen } from '../../platform/scan/stapel.js';
import { offeneLieferung, pdfPruefen, positionSpalten, type PositionZeile } from './lieferung-dokument-annehmen.js';
import { eigeneLieferung } from './lieferung-zeile.js';

const besetzt = () =>
  new FachlicherFehler('konflikt', 'Positionen dieses Stapels sind schon mit anderen Dokumenten belegt.', {
    position: 'belegt',
  });

async function desselbenStapels(ctx: AppContext, lieferungId: string, ab: number, sha256: string) {
  return ctx
    .db('scan_lieferung_positionen')
    .where({ lieferung_id: lieferungId, stapel_ab: ab, stapel_sha256: sha256 })
    .orderBy('position')
    .select(positionSpalten) as Promise<PositionZeile[]>;
}

export async function lieferungStapelAnnehmen(
  ctx: AppContext,
  clientId: string,
  lieferungId: string,
  ab: number,
  datei: { blob: BlobRef; kopf: Uint8Array },
): Promise<{ zeilen: PositionZeile[]; neu: boolean }> {
  const { blob } = datei;
  const verwerfen = () => ctx.blobs.delete(blob.key).catch(() => undefined);
  try {
    await eigeneLieferung(ctx.db, clientId, lieferungId);
    const frueher = await desselbenStapels(ctx, lieferungId, ab, blob.sha256);
    if (frueher.length > 0) {
      await verwerfen();
      return { zeilen: frueher, neu: false };
    }
    await offeneLieferung(ctx.db, clientId, lieferungId);
  } catch (error) {
    await verwerfen();
    throw error;
  }
  await pdfPruefen(ctx, blob, datei.kopf);
  const teile = await stapelTrennen(await ctx.blobs.get(blob.key), ctx.config.qrSchluessel);
  const gespeichert: BlobRef[] = [];
  try {
    for (const teil of teile) gespeichert.push(await ctx.blobs.put(teil.pdf, 'scan'));
    const zeilen = await ctx.db.transaction(async (trx) => {
      const belegt = await trx('scan_lieferung_positionen')
        .where({ lieferung_id: lieferungId })
        .whereBetween('position', [ab, ab + teile.length - 1])
        .first('position');
      if (belegt) throw besetzt();
      return trx('scan_lieferung_positionen')
        .insert(
          teile.map((teil, i) => ({
            lieferung_id: lieferungId,
            position: ab + i,
            sha256: createHash('sha256').update(teil.pdf).digest('hex'),
            stapel_sha256: blob.sha256,
            stapel_ab: ab,
            blob_key: gespeichert[i]!.key,
            bytes: gespeichert[i]!.bytes,
            seiten: teil.seiten,
          })),
        )
        .returning(positionSpalten) as Promise<PositionZeile[]>;
    });
    await verwerfen();
    return { zeilen: zeilen.sort((a, b) => a.position - b.position), neu: true };
  } catch (error) {
    await Promise.allSettled([verwerfen(), ...gespeichert.map((g) => ctx.blobs.delete(g.key))]);
    // The same stack at the same moment from a second request: it holds the positions now.
    const gewonnen = await desselbenStapels(ctx, lieferungId, ab, blob.sha256);
    if (gewonnen.length > 0) return { zeilen: gewonnen, neu: false };
    if ((error as { code?: string }).code === '23505') throw besetzt();
    throw error;
  }
}
