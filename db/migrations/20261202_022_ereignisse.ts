// Event log with a commit-ordered cursor (one counter row hands out positions), and the API clients' webhook subscriptions.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  /** One row; its lock, held to commit, makes positions increase in commit order (services/ereignisse/erfassen.ts). */
  await db.schema.createTable('ereignis_zaehler', (t) => {
    t.boolean('id').primary().defaultTo(true);
    t.bigInteger('wert').notNullable().defaultTo(0);
  });
  await db.raw('alter table ereignis_zaehler add constraint ereignis_zaehler_eine_zeile check (id)');
  await db('ereignis_zaehler').insert({ id: true, wert: 0 });
  await db.schema.createTable('ereignisse', (t) => {
    t.bigInteger('position').primary();
    t.text('schluessel').notNullable().unique();
    t.text('art').notNullable();
    t.text('status').notNullable();
    t.timestamp('zeit', { useTz: true }).notNullable();
    t.text('kundennummer');
    t.text('dokumentart');
    t.text('eingangsnummer');
    t.text('ausgangsnummer');
    t.integer('termin_id');
    t.timestamp('erfasst_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('webhooks', (t) => {
    t.uuid('id').primary().defaultTo(db.raw('gen_random_uuid()'));
    t.text('client_id').notNullable().index();
    t.text('url').notNullable();
    /** HMAC key of the signatures; told the client once, at registration. */
    t.text('geheimnis').notNullable();
    /** Position of the last event the receiver acknowledged; delivery goes on after it. */
    t.bigInteger('zugestellt_bis').notNullable();
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('webhooks');
  await db.schema.dropTableIfExists('ereignisse');
  await db.schema.dropTableIfExists('ereignis_zaehler');
}
