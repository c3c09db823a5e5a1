// Accepts one scanned document at a position of an open delivery: the same file there again is the same, another is a conflict.
import type { Db } from '../../db/knex.js';
import { erkenneDateityp } from '../../domain/dateityp.js';
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneLieferung } from './lieferung-zeile.js';

export interface PositionZeile {
  position: number;
  sha256: string;
  stapel_sha256: string | null;
  stapel_ab: number | null;
  kundennummer: string | null;
  dokumentart: string | null;
  seiten: number | null;
  eingangsnummer: string | null;
}

export const positionSpalten = [
  'position',
  'sha256',
  'stapel_sha256',
  'stapel_ab',
  'kundennummer',
  'dokumentart',
  'seiten',
  'eingangsnummer',
] as const;

export interface ScanAngabenApi {
  kundennummer?: string;
  dokumentart?: string;
  seiten?: number;
  /** SHA-256 as the scan service computed it (hex). */
  sha256?: string;
}

const besetzt = () =>
  new FachlicherFehler('konflikt', 'Diese Position ist schon mit einem anderen Dokument belegt.', {
    position: 'belegt',
  });

/** The delivery, checked to be this client's and still open for documents. */
export async function offeneLieferung(db: Db, clientId: string, lieferungId: string) {
  const zeile = await eigeneLieferung(db, clientId, lieferungId);
  if (zeile.status !== 'offen')
    throw new FachlicherFehler('konflikt', 'Diese Lieferung ist abgeschlossen und nimmt keine Dokumente mehr an.', {
      lieferungId: 'geschlossen',
    });
  return zeile;
}

/** Refuses what is not a PDF or does not match the SHA-256 named; removes the stored file then. */
export async function pdfPruefen(ctx: AppContext, blob: BlobRef, kopf: Uint8Array, sha256?: string): Promise<void> {
  const probleme: Record<string, string> = {};
  if (erkenneDateityp(kopf) !== 'pdf') probleme.datei = 'kein_pdf';
  if (sha256 && sha256.toLowerCase() !== blob.sha256) probleme.sha256 = 'passt_nicht';
  if (Object.keys(probleme).length === 0) return;
  await ctx.blobs.delete(blob.key).catch(() => undefined);
  throw new FachlicherFehler('ungueltige_eingabe', 'Die Datei wurde nicht angenommen.', probleme);
}

export async function lieferungDokumentAnnehmen(
  ctx: AppContext,
  clientId: string,
  lieferungId: string,
  position: number,
  datei: { blob: BlobRef; kopf: Uint8Array },
  angaben: ScanAngabenApi,
): Promise<{ zeile: PositionZeile; neu: boolean }> {
  const { blob } = datei;
  const verwerfen = () => ctx.blobs.delete(blob.key).catch(() => undefined);
  const frueher = async () =>
    ctx.db('scan_lieferung_positionen').where({ lieferung_id: lieferungId, position }).first(positionSpalten);
  try {
    await eigeneLieferung(ctx.db, clientId, lieferungId);
    const vorhanden: PositionZeile | undefined = await frueher();
    if (vorhanden) {
      if (vorhanden.sha256 !== blob.sha256 || vorhanden.stapel_sha256 !== null) throw besetzt();
      await verwerfen();
      return { zeile: vorhanden, neu: false };
    }
    await offeneLieferung(ctx.db, clientId, lieferungId);
  } catch (error) {
    await verwerfen();
    throw error;
  }
  await pdfPruefen(ctx, blob, datei.kopf, angaben.sha256);
  const eingefuegt = await ctx
    .db('scan_lieferung_positionen')
    .insert({
      lieferung_id: lieferungId,
      position,
      sha256: blob.sha256,
      blob_key: blob.key,
      bytes: blob.bytes,
      kundennummer: angaben.kundennummer ?? null,
      dokumentart: angaben.dokumentart ?? null,
      seiten: angaben.seiten ?? null,
    })
    .onConflict(['lieferung_id', 'position'])
    .ignore()
    .returning(positionSpalten);
  if (eingefuegt.length > 0) return { zeile: eingefuegt[0] as PositionZeile, neu: true };
  // The same position at the same moment from a second request: whichever came first holds it.
  await verwerfen();
  const gewonnen: PositionZeile = await frueher();
  if (gewonnen.sha256 !== blob.sha256 || gewonnen.stapel_sha256 !== null) throw besetzt();
  return { zeile: gewonnen, neu: false };
}
