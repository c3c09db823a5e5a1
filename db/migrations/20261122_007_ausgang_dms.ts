// Letters imported from the DMS carry its document reference: importing the same export twice creates one letter.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.text('dms_referenz').unique();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.dropColumn('dms_referenz');
  });
}
