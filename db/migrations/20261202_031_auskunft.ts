// Auskunft (Art. 15 GDPR): the client's requests and the zip made for each; audit entries that name the client.
import type { Knex } from 'knex';
import { aktionenErlauben } from '../audit-aktionen.js';

/** Audit actions of the Auskunft, added to whatever the check allows by now (other migrations extend it too). */
const auskunftAktionen = ['auskunft_erstellen', 'auskunft_herunterladen'];

/** The "what was accessed" check as it stands, so another migration's change to it survives ours. */
async function wasBedingung(db: Knex): Promise<string> {
  const { rows } = await db.raw(
    "select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'audit_log_was'",
  );
  return String(rows[0].def).replace(/^CHECK\s*/, '');
}

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('auskuenfte', (t) => {
    t.increments('id');
    t.integer('kunde_id').notNullable().references('kunden.id').index();
    /** Who asked: the client in the portal, or a staff member of the Admin team. */
    t.text('beantragt_von').notNullable().checkIn(['kunde', 'mitarbeiter']);
    t.timestamp('beantragt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.text('status').notNullable().defaultTo('beantragt').checkIn(['beantragt', 'in_arbeit', 'bereit']);
    /** The Admin team member who had it made. */
    t.integer('erstellt_von').references('mitarbeiter.id');
    t.text('blob_key');
    t.text('sha256');
    t.bigInteger('bytes');
    /** The Löschfrist of the data class auskunft counts from here. */
    t.timestamp('bereit_am', { useTz: true });
    t.timestamp('abgerufen_am', { useTz: true });
  });
  await db.raw('create index auskuenfte_loeschung on auskuenfte (bereit_am) where bereit_am is not null');

  await db.schema.alterTable('audit_log', (t) => {
    /** The client an entry concerns when it names no document (an Auskunft about them). */
    t.text('kundennummer');
    t.index(['kundennummer']);
  });
  await aktionenErlauben(db, (bisher) => [...new Set([...bisher, ...auskunftAktionen])]);
  const was = await wasBedingung(db);
  await db.raw('alter table audit_log drop constraint audit_log_was');
  await db.raw(`alter table audit_log add constraint audit_log_was check ((${was}) or kundennummer is not null)`);
}

export async function down(db: Knex): Promise<void> {
  await db('audit_log').whereIn('aktion', auskunftAktionen).delete();
  // PostgreSQL flattens the OR chain, so our term is one more operand of it.
  const was = (await wasBedingung(db)).replace(/ OR \(kundennummer IS NOT NULL\)/, '');
  await db.raw('alter table audit_log drop constraint audit_log_was');
  await db.raw(`alter table audit_log add constraint audit_log_was check (${was})`);
  await aktionenErlauben(db, (bisher) => bisher.filter((a) => !auskunftAktionen.includes(a)));
  await db.schema.alterTable('audit_log', (t) => t.dropColumn('kundennummer'));
  await db.schema.dropTableIfExists('auskuenfte');
}
