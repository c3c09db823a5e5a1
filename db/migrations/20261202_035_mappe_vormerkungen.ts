// Bewerbungsmappe: documents uploaded for a folder wait here until dokumentEingang has filed their PDF, then a copy joins it.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('bewerbungsmappe_vormerkungen', (t) => {
    t.increments('id');
    t.integer('mappe_id').notNullable().references('bewerbungsmappen.id').onDelete('CASCADE').index();
    t.text('eingangsnummer').notNullable().unique().references('eingangsdokumente.eingangsnummer').onDelete('CASCADE');
    /** The name employers see (the client's own, or the Dokumentart). */
    t.text('name').notNullable();
    t.timestamp('vorgemerkt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('bewerbungsmappe_vormerkungen');
}
