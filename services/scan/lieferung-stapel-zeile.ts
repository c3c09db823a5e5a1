// Typed row of a stack accepted for a delivery, and its status with the positions it was split into.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { positionSpalten, type PositionZeile } from './lieferung-dokument-annehmen.js';
import { eigeneLieferung } from './lieferung-zeile.js';

export type StapelStatus = 'angenommen' | 'getrennt' | 'abgelehnt';

/** Why a stack was refused after it was accepted. */
export type StapelGrund = 'positionen_belegt' | 'ohne_dokumente' | 'pdf_unlesbar';

export interface StapelZeile {
  lieferung_id: string;
  ab: number;
  sha256: string;
  blob_key: string | null;
  bytes: number;
  status: StapelStatus;
  grund: StapelGrund | null;
  teil_blobs: string[];
  angenommen_am: Date;
  erledigt_am: Date | null;
}

export interface StapelStand {
  stapel: StapelZeile;
  /** The documents split from it, ascending (none before it is split). */
  positionen: PositionZeile[];
}

export async function stapelZeile(db: Db, lieferungId: string, ab: number): Promise<StapelZeile | undefined> {
  return db('scan_lieferung_stapel').where({ lieferung_id: lieferungId, ab }).first();
}

export async function stapelStand(db: Db, stapel: StapelZeile): Promise<StapelStand> {
  const positionen: PositionZeile[] =
    stapel.status === 'getrennt'
      ? await db('scan_lieferung_positionen')
          .where({ lieferung_id: stapel.lieferung_id, stapel_ab: stapel.ab, stapel_sha256: stapel.sha256 })
          .orderBy('position')
          .select(positionSpalten)
      : [];
  return { stapel, positionen };
}

/** The stack at `ab` of this client's delivery; none there (or another client's delivery) is not found. */
export async function lieferungStapelLesen(
  ctx: AppContext,
  clientId: string,
  lieferungId: string,
  ab: number,
): Promise<StapelStand> {
  await eigeneLieferung(ctx.db, clientId, lieferungId);
  const stapel = await stapelZeile(ctx.db, lieferungId, ab);
  if (!stapel) throw new FachlicherFehler('nicht_gefunden', 'An dieser Position wurde kein Stapel eingeliefert.');
  return stapelStand(ctx.db, stapel);
}
