// Takes one scanned document from the scan service: stores it, flags a duplicate, records and starts dokumentEingang.
import { Kunde } from '../../db/models/kunde.js';
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';
import { kundenDokumentarten } from '../../domain/katalog.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import type { AppContext } from '../../platform/context.js';
import { starten, type Empfaenger } from '../eingang/einreichen.js';

export interface ScanDokument {
  /** The file, already in the blob store (ownership passes to this call) … */
  blob?: BlobRef;
  /** … or its bytes, stored here. */
  bytes?: Uint8Array;
  /** SHA-256 as the scan service computed it (hex); refused when it does not match the file. */
  sha256?: string;
  /** What the scan service knows; an unknown client or Dokumentart counts as not known (Poststelle assigns it). */
  kundennummer?: string | null;
  dokumentart?: string | null;
  /** Delivery and position in it: the same position twice starts nothing new. */
  lieferungId?: string | null;
  position?: number | null;
}

export interface ScanEingangErgebnis {
  eingangsnummer: string;
  /** Eingangsnummer of the earlier scan with the same SHA-256: this one waits for staff to confirm or discard it. */
  duplikatVon: string | null;
  /** False when this delivery position had been taken already (a resumed upload): its earlier Eingangsnummer. */
  neu: boolean;
}

async function bekannterKunde(ctx: AppContext, kundennummer: string | null | undefined): Promise<Empfaenger | null> {
  if (!kundennummer?.trim()) return null;
  const kunde = await Kunde.query(ctx.db)
    .findOne({ kundennummer: normalisiereKundennummer(kundennummer), aktiv: true })
    .select('id', 'kundennummer');
  return kunde ?? null;
}

async function schonEingeliefert(ctx: AppContext, lieferungId: string, position: number) {
  return ctx
    .db('eingangsdokumente')
    .where({ lieferung_id: lieferungId, lieferung_position: position })
    .first('eingangsnummer', 'duplikat_von');
}

/** The earliest scan of the same file that was not refused. */
async function frueheresDuplikat(ctx: AppContext, sha256: string): Promise<string | null> {
  const row = await ctx
    .db('eingangsdokumente')
    .where({ kanal: 'scan', scan_sha256: sha256 })
    .whereNot({ status: 'abgelehnt' })
    .orderBy('eingegangen_am')
    .first('eingangsnummer');
  return row?.eingangsnummer ?? null;
}

const istEindeutigkeitsFehler = (error: unknown) => (error as { code?: string })?.code === '23505';

export async function scanDokumentEinreichen(ctx: AppContext, dokument: ScanDokument): Promise<ScanEingangErgebnis> {
  const { lieferungId = null, position = null } = dokument;
  if ((lieferungId === null) !== (position === null))
    throw new FachlicherFehler('ungueltige_eingabe', 'lieferungId and position go together', { position: 'fehlt' });
  if (lieferungId !== null && position !== null) {
    const frueher = await schonEingeliefert(ctx, lieferungId, position);
    if (frueher) {
      if (dokument.blob) await ctx.blobs.delete(dokument.blob.key).catch(() => undefined);
      return { eingangsnummer: frueher.eingangsnummer, duplikatVon: frueher.duplikat_von, neu: false };
    }
  }
  if (!dokument.blob && !dokument.bytes)
    throw new FachlicherFehler('ungueltige_eingabe', 'no file', { datei: 'fehlt' });
  const groesse = dokument.blob?.bytes ?? dokument.bytes!.byteLength;
  const probleme: Record<string, string> = {};
  if (groesse === 0) probleme.datei = 'leer';
  else if (groesse > grenzen.bytesProDatei) probleme.datei = 'zu_gross';
  if (Object.keys(probleme).length > 0) {
    if (dokument.blob) await ctx.blobs.delete(dokument.blob.key).catch(() => undefined);
    throw new FachlicherFehler('ungueltige_eingabe', `scan refused: ${probleme.datei}`, probleme);
  }
  const blob = dokument.blob ?? (await ctx.blobs.put(dokument.bytes!, 'scan'));
  if (dokument.sha256 && dokument.sha256.toLowerCase() !== blob.sha256) {
    await ctx.blobs.delete(blob.key).catch(() => undefined);
    throw new FachlicherFehler('ungueltige_eingabe', 'SHA-256 does not match the file', { sha256: 'passt_nicht' });
  }
  const kunde = await bekannterKunde(ctx, dokument.kundennummer);
  const dokumentart = kundenDokumentarten.some((art) => art.name === dokument.dokumentart)
    ? dokument.dokumentart!
    : null;
  const duplikatVon = await frueheresDuplikat(ctx, blob.sha256);
  try {
    const { eingangsnummer } = await starten(
      ctx,
      { absender: { kanal: 'scan' }, kundennummer: kunde?.kundennummer ?? '' },
      kunde,
      { art: 'dokument', dokumentart: dokumentart ?? '', dateien: 1 },
      { art: 'dokument', dateien: [blob] },
      [blob.key],
      { kunde, dokumentart, lieferungId, position, sha256: blob.sha256, duplikatVon },
    );
    return { eingangsnummer, duplikatVon, neu: true };
  } catch (error) {
    // The same position sent twice at the same moment: the other request recorded it.
    if (lieferungId !== null && position !== null && istEindeutigkeitsFehler(error)) {
      const frueher = await schonEingeliefert(ctx, lieferungId, position);
      if (frueher) return { eingangsnummer: frueher.eingangsnummer, duplikatVon: frueher.duplikat_von, neu: false };
    }
    throw error;
  }
}
