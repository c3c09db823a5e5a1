// Warnings to Poststelle about a scan delivery (deadline at risk, Zuordnen waiting too long): at most one per reason,
// shown on the dashboard until the delivery is abgeschlossen.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('scan_warnungen', (t) => {
    t.text('lieferung_id').notNullable().references('scan_lieferungen.lieferung_id').onDelete('cascade');
    t.text('anlass').notNullable();
    /** Counts when warned, for the banner. */
    t.jsonb('stand').notNullable();
    t.timestamp('erstellt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['lieferung_id', 'anlass']);
  });
  await db.raw(
    "alter table scan_warnungen add constraint scan_warnungen_anlass_check check (anlass in ('frist_gefaehrdet', 'zuordnung_wartet'))",
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('scan_warnungen');
}
