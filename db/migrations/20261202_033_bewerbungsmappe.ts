// Bewerbungsmappe: a client's shared application folder, copies of its documents, and the token bucket of its link.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('bewerbungsmappen', (t) => {
    t.increments('id');
    t.integer('kunde_id').notNullable().references('kunden.id').index();
    t.text('titel').notNullable();
    /** SHA-256 of the link's token; the token itself is shown to the client once and never stored. */
    t.text('token_hash').notNullable().unique();
    t.timestamp('erstellt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('gueltig_bis', { useTz: true }).notNullable();
    t.timestamp('widerrufen_am', { useTz: true });
    t.timestamp('zuletzt_geoeffnet_am', { useTz: true });
    t.integer('aufrufe').notNullable().defaultTo(0);
  });
  await db.schema.createTable('bewerbungsmappe_dokumente', (t) => {
    t.increments('id');
    t.integer('mappe_id').notNullable().references('bewerbungsmappen.id').onDelete('CASCADE').index();
    t.text('name').notNullable();
    /** The folder's own copy: it outlives the submission it came from and leaves with the folder. */
    t.text('blob_key').notNullable();
    t.integer('bytes').notNullable();
    t.text('herkunft').notNullable().checkIn(['gesendet', 'hochgeladen']);
    t.text('eingangsnummer');
    t.timestamp('hinzugefuegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.schema.createTable('bewerbungsmappe_ratenlimit', (t) => {
    t.integer('mappe_id').primary().references('bewerbungsmappen.id').onDelete('CASCADE');
    t.double('tokens').notNullable();
    t.timestamp('stand', { useTz: true }).notNullable();
    t.boolean('erlaubt').notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('bewerbungsmappe_ratenlimit');
  await db.schema.dropTableIfExists('bewerbungsmappe_dokumente');
  await db.schema.dropTableIfExists('bewerbungsmappen');
}
