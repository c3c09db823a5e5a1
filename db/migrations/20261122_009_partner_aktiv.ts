// A partner organisation can be deactivated (e.g. its contract ended): its users can no longer sign in.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('partner', (t) => {
    t.boolean('aktiv').notNullable().defaultTo(true);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('partner', (t) => t.dropColumn('aktiv'));
}
