// A letter is stored with its Antwortbogen as last page; the SHA-256 of the PDF as the sender gave it stays, so the
// same reference with the same PDF is recognised as a repetition and with another PDF as a conflict.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.text('original_sha256');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.dropColumn('original_sha256');
  });
}
