// Machine API, Eingang and conventions: a change marker on every incoming document for gap-free cursor paging, and a token bucket per API client.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('eingangsdokumente', (t) => {
    /** The id of the transaction that last wrote the row: rows are listed in this order, and only once that transaction and every older one have ended. */
    t.specificType('aenderung', 'xid8').notNullable().defaultTo(db.raw('pg_current_xact_id()'));
    /** Database time of the last change (aktualisiert_am is the workflow's time of the step). */
    t.timestamp('geaendert_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.raw('update eingangsdokumente set geaendert_am = aktualisiert_am');
  await db.raw(`
    create function eingangsdokument_geaendert() returns trigger language plpgsql as $$
    begin
      new.aenderung := pg_current_xact_id();
      new.geaendert_am := clock_timestamp();
      return new;
    end $$`);
  await db.raw(`
    create trigger eingangsdokument_geaendert before insert or update on eingangsdokumente
    for each row execute function eingangsdokument_geaendert()`);
  await db.raw('create index eingangsdokumente_aenderung on eingangsdokumente (aenderung, eingangsnummer)');

  await db.schema.createTable('api_ratenlimit', (t) => {
    t.text('client_id').primary();
    /** Tokens left in the client's bucket at `stand`; it refills continuously up to its capacity. */
    t.double('tokens').notNullable();
    t.timestamp('stand', { useTz: true }).notNullable();
    /** Whether the last request was let through (set by the same statement that took the token). */
    t.boolean('erlaubt').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('api_ratenlimit');
  await db.raw('drop trigger if exists eingangsdokument_geaendert on eingangsdokumente');
  await db.raw('drop function if exists eingangsdokument_geaendert()');
  await db.schema.alterTable('eingangsdokumente', (t) => {
    t.dropIndex([], 'eingangsdokumente_aenderung');
    t.dropColumn('aenderung');
    t.dropColumn('geaendert_am');
  });
}
