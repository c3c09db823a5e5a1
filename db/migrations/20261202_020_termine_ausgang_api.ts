// Machine API for Termine and Ausgang: appointments and letters keyed by the Fachverfahren's ids, and a start journal of dokumentAusgang.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('termine', (t) => {
    /** The Fachverfahren's id of the appointment; null for appointments staff created in the portal. */
    t.text('fachverfahren_id').unique();
  });
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    /** The Fachverfahren's reference of the letter: the same reference again yields the same letter. */
    t.text('fachverfahren_referenz').unique();
  });
  await db.schema.createTable('ausgangs_starts', (t) => {
    t.text('ausgangsnummer').primary().references('ausgangsdokumente.ausgangsnummer').onDelete('CASCADE');
    t.jsonb('input').notNullable();
    t.timestamp('angelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    /** Null while the start is pending; set once Temporal accepted it (or already had it). */
    t.timestamp('gestartet_am', { useTz: true });
    t.integer('versuche').notNullable().defaultTo(0);
    /** The request (or the import's workflow) starts it first; the reconciler only after this moment. */
    t.timestamp('naechster_versuch', { useTz: true }).notNullable();
    t.text('letzter_fehler');
  });
  await db.raw(
    'create index ausgangs_starts_ausstehend on ausgangs_starts (naechster_versuch) where gestartet_am is null',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('ausgangs_starts');
  await db.schema.alterTable('ausgangsdokumente', (t) => t.dropColumn('fachverfahren_referenz'));
  await db.schema.alterTable('termine', (t) => t.dropColumn('fachverfahren_id'));
}
