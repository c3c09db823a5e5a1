// Stacks of a scan delivery accepted but split later on the PDF queue: one row per stack and first position, with its
// status (angenommen → getrennt, or abgelehnt with a reason) and the part blobs an unfinished split has written so far.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('scan_lieferung_stapel', (t) => {
    t.text('lieferung_id').notNullable().references('scan_lieferungen.lieferung_id').onDelete('cascade');
    /** First position of the stack's documents; the status resource is addressed by it. */
    t.integer('ab').notNullable();
    t.text('sha256').notNullable();
    /** The stack PDF until it is split or refused (then deleted and null). */
    t.text('blob_key');
    t.integer('bytes').notNullable();
    t.text('status').notNullable().defaultTo('angenommen');
    t.text('grund');
    /** Part blobs written by a split not yet committed: deleted before the next attempt, so none is left behind. */
    t.specificType('teil_blobs', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('angenommen_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('erledigt_am', { useTz: true });
    t.primary(['lieferung_id', 'ab']);
  });
  await db.raw(
    "alter table scan_lieferung_stapel add constraint scan_lieferung_stapel_status_check check (status in ('angenommen', 'getrennt', 'abgelehnt'))",
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('scan_lieferung_stapel');
}
