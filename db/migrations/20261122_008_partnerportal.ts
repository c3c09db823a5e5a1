// Partner portal: set-password links for partner users (invitation and "Passwort vergessen"), their language,
// the client a letter to a partner concerns (a Zuweisung assigns that client), and the forms staff provide for partners.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('partner_passwort_links', (t) => {
    t.text('token_hash').primary();
    t.integer('partner_benutzer_id').notNullable().references('partner_benutzer.id').index();
    t.text('zweck').notNullable().checkIn(['einladung', 'vergessen']);
    t.timestamp('gueltig_bis', { useTz: true }).notNullable();
    t.timestamp('benutzt_am', { useTz: true });
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.alterTable('partner_benutzer', (t) => {
    t.text('sprache').notNullable().defaultTo('de');
  });
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.integer('betrifft_kunde_id').references('kunden.id');
  });
  await db.schema.createTable('formulare', (t) => {
    t.increments('id');
    t.text('titel').notNullable();
    t.text('beschreibung');
    t.text('blob_key').notNullable();
    t.text('sha256').notNullable();
    t.integer('bytes').notNullable();
    t.integer('angelegt_von').references('mitarbeiter.id');
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('entfernt_am', { useTz: true });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('formulare');
  await db.schema.alterTable('ausgangsdokumente', (t) => t.dropColumn('betrifft_kunde_id'));
  await db.schema.alterTable('partner_benutzer', (t) => t.dropColumn('sprache'));
  await db.schema.dropTableIfExists('partner_passwort_links');
}
