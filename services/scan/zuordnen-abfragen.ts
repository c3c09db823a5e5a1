// Read model of Zuordnen: scanned documents that wait for Poststelle, oldest first.
import type { Db } from '../../db/knex.js';
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface ZuordnenZeile {
  eingangsnummer: string;
  eingegangenAm: Date;
  seiten: number | null;
  vorschau: BlobRef[];
  /** The earlier scan of the same file, with the client and Dokumentart it was filed for. */
  duplikat: { eingangsnummer: string; kundennummer: string | null; dokumentart: string | null } | null;
  /** A code of ours was on top but did not verify (altered, forged, damaged). */
  codeUngueltig: boolean;
  blobKey: string | null;
}

const wartend = (db: Db) =>
  db('eingangsdokumente as e')
    .leftJoin('eingangsdokumente as d', 'd.eingangsnummer', 'e.duplikat_von')
    .leftJoin('kunden as k', 'k.id', 'd.kunde_id')
    .where({ 'e.status': 'wartet_auf_zuordnung' })
    .select(
      'e.eingangsnummer',
      'e.eingegangen_am',
      'e.seiten',
      'e.vorschau',
      'e.blob_key',
      'e.duplikat_von',
      'd.dokumentart as duplikat_dokumentart',
      'k.kundennummer as duplikat_kundennummer',
      db.raw(
        `exists (select 1 from eingangs_timeline t where t.eingangsnummer = e.eingangsnummer
           and t.status = 'wartet_auf_zuordnung' and t.details->>'erkannt' = 'ungueltig') as code_ungueltig`,
      ),
    );

function zeile(row: Record<string, unknown>): ZuordnenZeile {
  return {
    eingangsnummer: row.eingangsnummer as string,
    eingegangenAm: row.eingegangen_am as Date,
    seiten: row.seiten as number | null,
    vorschau: (row.vorschau as BlobRef[] | null) ?? [],
    duplikat: row.duplikat_von
      ? {
          eingangsnummer: row.duplikat_von as string,
          kundennummer: row.duplikat_kundennummer as string | null,
          dokumentart: row.duplikat_dokumentart as string | null,
        }
      : null,
    codeUngueltig: Boolean(row.code_ungueltig),
    blobKey: row.blob_key as string | null,
  };
}

/** Up to 100 waiting documents, oldest first (they are due first). */
export async function zuordnenListe(db: Db): Promise<{ zeilen: ZuordnenZeile[]; gesamt: number }> {
  const [rows, anzahl] = await Promise.all([
    wartend(db).orderBy('e.eingegangen_am').limit(100),
    db('eingangsdokumente').where({ status: 'wartet_auf_zuordnung' }).count({ n: '*' }).first(),
  ]);
  return { zeilen: rows.map(zeile), gesamt: Number(anzahl?.n ?? 0) };
}

/** One waiting document, or 404 (already assigned, or not a scan that waits). */
export async function zuordnenDokument(db: Db, eingangsnummer: string): Promise<ZuordnenZeile> {
  const row = await wartend(db).andWhere('e.eingangsnummer', eingangsnummer).first();
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return zeile(row);
}
