// Start journal of dokumentEingang: the workflow input, written with the document's row, kept until the document moves on.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('eingangs_starts', (t) => {
    t.text('eingangsnummer').primary().references('eingangsdokumente.eingangsnummer').onDelete('CASCADE');
    t.jsonb('input').notNullable();
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    /** Null while the start is pending; set once Temporal accepted it (or already had it). */
    t.timestamp('gestartet_am', { useTz: true });
    t.integer('versuche').notNullable().defaultTo(0);
    t.timestamp('naechster_versuch', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.text('letzter_fehler');
    /** When the reconciler last confirmed the workflow exists. */
    t.timestamp('geprueft_am', { useTz: true });
  });
  await db.raw(
    'create index eingangs_starts_ausstehend on eingangs_starts (naechster_versuch) where gestartet_am is null',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('eingangs_starts');
}
