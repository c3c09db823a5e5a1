// Single-use password links (only the token's hash is stored), accessibility feedback, appointment reminders sent.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('passwort_links', (t) => {
    t.text('token_hash').primary();
    t.integer('kunde_id').notNullable().references('kunden.id').index();
    t.timestamp('gueltig_bis', { useTz: true }).notNullable();
    t.timestamp('benutzt_am', { useTz: true });
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('barriere_rueckmeldungen', (t) => {
    t.increments('id');
    t.text('nachricht').notNullable();
    t.text('kontakt');
    t.text('sprache').notNullable();
    t.timestamp('eingegangen_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('beantwortet_am', { useTz: true });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('barriere_rueckmeldungen');
  await db.schema.dropTableIfExists('passwort_links');
}
