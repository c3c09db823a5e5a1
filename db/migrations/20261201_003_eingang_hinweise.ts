// Notices for the sender about an accepted document (e.g. only the first picture of an animation was filed).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('eingangsdokumente', (t) => {
    t.specificType('hinweise', 'text[]').notNullable().defaultTo('{}');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('eingangsdokumente', (t) => {
    t.dropColumn('hinweise');
  });
}
