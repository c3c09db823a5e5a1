// Incoming documents: status projection and timeline, DMS filings and sent notifications (both exactly-once ledgers).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('eingangsdokumente', (t) => {
    t.text('eingangsnummer').primary();
    t.text('art').notNullable().checkIn(['dokument', 'mitteilung']);
    t.text('kanal').notNullable().checkIn(['kunde', 'partner', 'scan', 'jobcenter']);
    t.integer('kunde_id').notNullable().references('kunden.id');
    t.integer('partner_id').references('partner.id');
    t.integer('partner_benutzer_id').references('partner_benutzer.id');
    t.boolean('kunde_berechtigt').notNullable().defaultTo(true);
    t.text('dokumentart').notNullable();
    t.text('betreff');
    t.text('info');
    t.specificType('teams', 'text[]').notNullable().defaultTo('{}');
    t.integer('zugewiesen_an').references('mitarbeiter.id');
    t.text('status').notNullable();
    t.integer('letzter_schritt').notNullable().defaultTo(0);
    t.text('ablehnungsgrund');
    t.integer('dateien').notNullable().defaultTo(0);
    t.integer('seiten');
    t.text('blob_key');
    t.text('sha256');
    t.integer('bytes');
    t.text('dms_referenz');
    t.timestamp('eingegangen_am', { useTz: true }).notNullable();
    t.timestamp('abgelegt_am', { useTz: true });
    t.timestamp('erledigt_am', { useTz: true });
    t.timestamp('aktualisiert_am', { useTz: true }).notNullable();
    t.index(['kunde_id', 'eingegangen_am']);
    t.index(['partner_id', 'eingegangen_am']);
    t.index(['status', 'eingegangen_am']);
  });
  await db.raw('create index eingangsdokumente_teams on eingangsdokumente using gin (teams)');

  await db.schema.createTable('eingangs_timeline', (t) => {
    t.text('eingangsnummer').notNullable().references('eingangsdokumente.eingangsnummer').onDelete('CASCADE');
    t.integer('schritt').notNullable();
    t.text('status').notNullable();
    t.timestamp('zeit', { useTz: true }).notNullable();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.primary(['eingangsnummer', 'schritt']);
  });

  await db.schema.createTable('dms_ablagen', (t) => {
    t.text('eingangsnummer').primary();
    t.text('referenz').notNullable();
    t.text('sha256').notNullable();
    t.timestamp('abgelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });

  await db.schema.createTable('benachrichtigungen', (t) => {
    t.text('schluessel').primary();
    t.text('empfaenger').notNullable();
    t.text('message_id').notNullable();
    t.timestamp('gesendet_am', { useTz: true });
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of ['benachrichtigungen', 'dms_ablagen', 'eingangs_timeline', 'eingangsdokumente'])
    await db.schema.dropTableIfExists(table);
}
