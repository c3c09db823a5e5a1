// A globally unique key per appointment for its reminder workflow id: appointment ids repeat across jobcenters sharing a Temporal cluster.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('termine', (t) => {
    t.uuid('erinnerung_schluessel').notNullable().defaultTo(db.raw('gen_random_uuid()')).unique();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('termine', (t) => {
    t.dropColumn('erinnerung_schluessel');
  });
}
