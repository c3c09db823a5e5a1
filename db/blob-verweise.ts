// Every place a row refers to a blob by its key, and which of some keys nothing refers to (for the orphan sweep).
import type { Db } from './knex.js';

/** Text columns holding one blob key each (a test compares them with the schema's `…blob_key` and `…pdf_key` columns). */
export const blobSpalten = [
  'eingangsdokumente.blob_key',
  'ausgangsdokumente.blob_key',
  'formulare.blob_key',
  'bewerbungsmappe_dokumente.blob_key',
  'geteilte_dateien.blob_key',
  'auskuenfte.blob_key',
  'scan_lieferungen.protokoll_pdf_key',
  'scan_lieferung_positionen.blob_key',
  'scan_lieferung_stapel.blob_key',
  // Due for deletion by the Löschlauf, which counts them under their data class.
  'loesch_blobs.blob_key',
] as const;

/**
 * Keys inside arrays and JSON: the parts an unfinished stack split has written, page previews of a scan, and a
 * submission's start journal (uploads, Mitteilung text). The functions listing them are the ones their indexes are built
 * on (migration 037), so each place is searched by index.
 */
const jsonVerweise = [
  'select unnest(teil_blobs) from scan_lieferung_stapel where teil_blobs && ?::text[]',
  'select unnest(blob_keys_der_liste(vorschau)) from eingangsdokumente where blob_keys_der_liste(vorschau) && ?::text[]',
  'select unnest(blob_keys_des_starts(input)) from eingangs_starts where blob_keys_des_starts(input) && ?::text[]',
];

/** One branch per place, each asking only for the keys in question (the parameter every `?` stands for). */
const verweise = [
  ...blobSpalten.map((spalte) => {
    const [tabelle, name] = spalte.split('.');
    return `select ${name} from ${tabelle} where ${name} = any(?::text[])`;
  }),
  ...jsonVerweise,
]
  .map((auswahl) => `(${auswahl})`)
  .join(' union all ');
const verweisParameter = verweise.split('?').length - 1;

/** The query and its parameters for `keys` (also for EXPLAIN in the tests). */
export function verweisAbfrage(keys: readonly string[]): { sql: string; parameter: string[][] } {
  return {
    sql: `select k as key from unnest(?::text[]) k except select key from (${verweise}) as v(key)`,
    parameter: Array.from({ length: verweisParameter + 1 }, () => [...keys]),
  };
}

/** Those of `keys` no row refers to. */
export async function unbenutzteBlobKeys(db: Db, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { sql, parameter } = verweisAbfrage(keys);
  const { rows } = await db.raw<{ rows: Array<{ key: string }> }>(sql, parameter);
  return rows.map((r) => r.key);
}
