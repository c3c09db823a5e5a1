// Indexes for the orphan sweep: every place a row names a blob is found by index, so a batch of keys never reads whole
// tables (eingangsdokumente and its start journal grow with every submission). Keys inside JSON are indexed through
// two immutable functions that list them; db/blob-verweise.ts queries through the same functions.
import type { Knex } from 'knex';

/**
 * The columns holding one blob key, as db/blob-verweise.ts lists them (a copy: migrations never change afterwards);
 * loesch_blobs and geteilte_dateien have theirs as primary key already.
 */
const spalten = [
  ['eingangsdokumente', 'blob_key'],
  ['ausgangsdokumente', 'blob_key'],
  ['formulare', 'blob_key'],
  ['bewerbungsmappe_dokumente', 'blob_key'],
  ['auskuenfte', 'blob_key'],
  ['scan_lieferungen', 'protokoll_pdf_key'],
  ['scan_lieferung_positionen', 'blob_key'],
  ['scan_lieferung_stapel', 'blob_key'],
] as const;

export async function up(db: Knex): Promise<void> {
  for (const [tabelle, spalte] of spalten)
    await db.raw(
      `create index if not exists ${tabelle}_${spalte}_verweis on ${tabelle} (${spalte}) where ${spalte} is not null`,
    );
  // Index builds run functions with only pg_catalog on the search path: one function names the other with its schema.
  const { rows } = await db.raw<{ rows: Array<{ schema: string }> }>('select current_schema() as schema');
  const schema = rows[0]!.schema;
  await db.raw(`
    create function blob_keys_der_liste(liste jsonb) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(e->>'key') filter (where e->>'key' is not null), '{}')
      from jsonb_array_elements(case jsonb_typeof(liste) when 'array' then liste end) e
    $$`);
  await db.raw(`
    create function blob_keys_des_starts(input jsonb) returns text[] language sql immutable parallel safe as $$
      select "${schema}".blob_keys_der_liste(input->'inhalt'->'dateien')
        || array_remove(array[input->'inhalt'->'text'->>'key'], null)
    $$`);
  await db.raw('create index scan_lieferung_stapel_teil_blobs on scan_lieferung_stapel using gin (teil_blobs)');
  await db.raw(
    'create index eingangsdokumente_vorschau_blobs on eingangsdokumente using gin (blob_keys_der_liste(vorschau))',
  );
  await db.raw('create index eingangs_starts_blobs on eingangs_starts using gin (blob_keys_des_starts(input))');
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists eingangs_starts_blobs');
  await db.raw('drop index if exists eingangsdokumente_vorschau_blobs');
  await db.raw('drop index if exists scan_lieferung_stapel_teil_blobs');
  await db.raw('drop function if exists blob_keys_des_starts(jsonb)');
  await db.raw('drop function if exists blob_keys_der_liste(jsonb)');
  for (const [tabelle, spalte] of spalten) await db.raw(`drop index if exists ${tabelle}_${spalte}_verweis`);
}
