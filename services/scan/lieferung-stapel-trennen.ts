// Splits an accepted stack at its Trennblätter into documents at consecutive positions from `ab`, in one transaction
// with its new status; positions already taken, no document or an unreadable PDF refuse it (abgelehnt with a reason).
// A retry after a failure midway first removes the part blobs the failed attempt wrote, and never inserts twice.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/knex.js';
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import type { BlobRef } from '../../domain/eingang.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { stapelTrennen, type StapelTeil } from '../../platform/scan/stapel.js';
import { stapelZeile, type StapelGrund, type StapelStatus, type StapelZeile } from './lieferung-stapel-zeile.js';

export interface StapelTrennenDeps {
  db: Db;
  blobs: BlobStore;
  qrSchluessel: readonly QrSchluessel[];
}

const EINDEUTIG_VERLETZT = '23505';

async function teileLoeschen(blobs: BlobStore, keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => blobs.delete(key)));
}

/** Once final, the stack PDF is no longer needed. */
async function stapelBlobLoeschen({ db, blobs }: StapelTrennenDeps, stapel: StapelZeile): Promise<void> {
  if (!stapel.blob_key) return;
  await blobs.delete(stapel.blob_key);
  await db('scan_lieferung_stapel')
    .where({ lieferung_id: stapel.lieferung_id, ab: stapel.ab })
    .update({ blob_key: null });
}

async function ablehnen(db: Db, stapel: StapelZeile, grund: StapelGrund): Promise<void> {
  await db('scan_lieferung_stapel')
    .where({ lieferung_id: stapel.lieferung_id, ab: stapel.ab, status: 'angenommen' })
    .update({ status: 'abgelehnt', grund, teil_blobs: [], erledigt_am: db.fn.now() });
}

/** Stores the parts, each key noted on the stack row as soon as it exists (so a later attempt can remove it). */
async function teileSpeichern(
  { db, blobs }: StapelTrennenDeps,
  stapel: StapelZeile,
  teile: StapelTeil[],
  gespeichert: BlobRef[],
): Promise<void> {
  for (const teil of teile) {
    const ref = await blobs.put(teil.pdf, 'scan');
    gespeichert.push(ref);
    await db('scan_lieferung_stapel')
      .where({ lieferung_id: stapel.lieferung_id, ab: stapel.ab })
      .update({ teil_blobs: db.raw('array_append(teil_blobs, ?)', [ref.key]) });
  }
}

/**
 * Inserts the positions and marks the stack getrennt; `belegt` when a position is taken, `erledigt` when another attempt
 * finished it meanwhile. An attempt whose parts a newer attempt has removed gives up.
 */
async function eintragen(
  db: Db,
  stapel: StapelZeile,
  teile: StapelTeil[],
  gespeichert: BlobRef[],
): Promise<'eingetragen' | 'belegt' | 'erledigt'> {
  const { lieferung_id: lieferungId, ab } = stapel;
  return db.transaction(async (trx) => {
    const jetzt: StapelZeile = await trx('scan_lieferung_stapel')
      .where({ lieferung_id: lieferungId, ab })
      .forUpdate()
      .first();
    if (jetzt.status !== 'angenommen') return 'erledigt';
    if (gespeichert.some((g) => !jetzt.teil_blobs.includes(g.key)))
      throw new Error(`stack ${lieferungId}/${ab}: a newer attempt took over`);
    const belegt = await trx('scan_lieferung_positionen')
      .where({ lieferung_id: lieferungId })
      .whereBetween('position', [ab, ab + teile.length - 1])
      .first('position');
    if (belegt) return 'belegt';
    await trx('scan_lieferung_positionen').insert(
      teile.map((teil, i) => ({
        lieferung_id: lieferungId,
        position: ab + i,
        sha256: createHash('sha256').update(teil.pdf).digest('hex'),
        stapel_sha256: stapel.sha256,
        stapel_ab: ab,
        blob_key: gespeichert[i]!.key,
        bytes: gespeichert[i]!.bytes,
        seiten: teil.seiten,
      })),
    );
    await trx('scan_lieferung_stapel')
      .where({ lieferung_id: lieferungId, ab })
      .update({ status: 'getrennt', teil_blobs: [], erledigt_am: trx.fn.now() });
    return 'eingetragen';
  });
}

export async function lieferungStapelTrennen(
  deps: StapelTrennenDeps,
  { lieferungId, ab, sha256 }: { lieferungId: string; ab: number; sha256: string },
): Promise<{ status: StapelStatus }> {
  const { db, blobs, qrSchluessel } = deps;
  const stapel = await stapelZeile(db, lieferungId, ab);
  if (!stapel || stapel.sha256 !== sha256) throw new Error(`no stack ${lieferungId}/${ab} with ${sha256}`);
  if (stapel.status !== 'angenommen') {
    // Finished before, but the stack PDF not yet deleted (say the worker stopped right after the commit).
    await stapelBlobLoeschen(deps, stapel);
    return { status: stapel.status };
  }
  // What an earlier attempt stored before it failed.
  if (stapel.teil_blobs.length > 0) {
    await teileLoeschen(blobs, stapel.teil_blobs);
    await db('scan_lieferung_stapel').where({ lieferung_id: lieferungId, ab }).update({ teil_blobs: [] });
  }
  const pdf = await blobs.get(stapel.blob_key!);
  let teile: StapelTeil[] | null;
  try {
    teile = await stapelTrennen(pdf, qrSchluessel);
  } catch {
    // A PDF the parser cannot take stays so on every attempt.
    teile = null;
  }
  if (!teile) await ablehnen(db, stapel, 'pdf_unlesbar');
  else if (teile.length === 0) await ablehnen(db, stapel, 'ohne_dokumente');
  else {
    const gespeichert: BlobRef[] = [];
    let ergebnis: Awaited<ReturnType<typeof eintragen>>;
    try {
      await teileSpeichern(deps, stapel, teile, gespeichert);
      ergebnis = await eintragen(db, stapel, teile, gespeichert);
    } catch (error) {
      // A single document or another stack took a position at the same moment: refused below.
      if ((error as { code?: string }).code === EINDEUTIG_VERLETZT) ergebnis = 'belegt';
      else {
        // Best effort now; what is left is noted on the row, and the next attempt removes it.
        await teileLoeschen(
          blobs,
          gespeichert.map((g) => g.key),
        ).catch(() => undefined);
        throw error;
      }
    }
    if (ergebnis !== 'eingetragen') {
      await teileLoeschen(
        blobs,
        gespeichert.map((g) => g.key),
      );
      if (ergebnis === 'belegt') await ablehnen(db, stapel, 'positionen_belegt');
    }
  }
  const jetzt = (await stapelZeile(db, lieferungId, ab))!;
  await stapelBlobLoeschen(deps, jetzt);
  return { status: jetzt.status };
}
