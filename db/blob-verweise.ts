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

const elemente = (json: string) => `jsonb_array_elements(case jsonb_typeof(${json}) when 'array' then ${json} end)`;

/**
 * Keys inside arrays and JSON: the parts an unfinished stack split has written, page previews of a scan, and a
 * submission's start journal (uploads, Mitteilung text).
 */
const jsonVerweise = [
  'select unnest(teil_blobs) from scan_lieferung_stapel',
  `select v->>'key' from eingangsdokumente e, ${elemente('e.vorschau')} v`,
  `select d->>'key' from eingangs_starts s, ${elemente("s.input->'inhalt'->'dateien'")} d`,
  `select s.input->'inhalt'->'text'->>'key' from eingangs_starts s`,
];

const verweise = [
  ...blobSpalten.map((spalte) => {
    const [tabelle, name] = spalte.split('.');
    return `select ${name} from ${tabelle}`;
  }),
  ...jsonVerweise,
]
  .map((auswahl) => `(${auswahl})`)
  .join(' union all ');

/** Those of `keys` no row refers to. */
export async function unbenutzteBlobKeys(db: Db, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.raw<{ rows: Array<{ key: string }> }>(
    `select k as key from unnest(?::text[]) k
     except
     select key from (${verweise}) as v(key) where key = any(?::text[])`,
    [[...keys], [...keys]],
  );
  return rows.map((r) => r.key);
}
