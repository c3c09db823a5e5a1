// Scanned paper: a document may wait for its client (Zuordnen), remembers the letter it answers, its page previews,
// the delivery position it came in and the SHA-256 of the delivered file (duplicates).
import type { Knex } from 'knex';
import { aktionenErlauben } from '../audit-aktionen.js';

/** Audit actions of Zuordnen, added to whatever the check allows by now (other migrations extend it too). */
const zuordnenAktionen = ['zuordnen', 'verwerfen'];

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('eingangsdokumente', (t) => {
    t.integer('kunde_id').nullable().alter();
    t.text('dokumentart').nullable().alter();
    /** The letter (its reference) a reply sheet came with. */
    t.text('antwort_auf');
    /** Blob refs of small page pictures for assigning by hand. */
    t.jsonb('vorschau');
    t.text('lieferung_id');
    t.integer('lieferung_position');
    /** SHA-256 of the file as delivered by the scan service (not of the PDF filed). */
    t.text('scan_sha256');
    t.text('duplikat_von');
    t.index(['scan_sha256']);
  });
  await db.raw(
    'create unique index eingangsdokumente_lieferung_position on eingangsdokumente (lieferung_id, lieferung_position) where lieferung_id is not null',
  );
  await db.raw(
    "create index eingangsdokumente_zuordnen on eingangsdokumente (eingegangen_am) where status = 'wartet_auf_zuordnung'",
  );
  await aktionenErlauben(db, (bisher) => [...new Set([...bisher, ...zuordnenAktionen])]);
  // Only scanned paper may be without its client (or Dokumentart) for a while.
  await db.raw(
    "alter table eingangsdokumente add constraint eingangsdokumente_kunde_ausser_scan check (kanal = 'scan' or (kunde_id is not null and dokumentart is not null))",
  );
}

export async function down(db: Knex): Promise<void> {
  await db('audit_log').whereIn('aktion', zuordnenAktionen).delete();
  await aktionenErlauben(db, (bisher) => bisher.filter((a) => !zuordnenAktionen.includes(a)));
  await db.raw('alter table eingangsdokumente drop constraint eingangsdokumente_kunde_ausser_scan');
  await db.raw('drop index eingangsdokumente_zuordnen');
  await db.raw('drop index eingangsdokumente_lieferung_position');
  await db.schema.alterTable('eingangsdokumente', (t) => {
    t.dropIndex(['scan_sha256']);
    for (const spalte of [
      'antwort_auf',
      'vorschau',
      'lieferung_id',
      'lieferung_position',
      'scan_sha256',
      'duplikat_von',
    ])
      t.dropColumn(spalte);
  });
}
