// Scan deliveries: one row per Lieferung of the scan service, one per accepted position (its file waits in the blob
// store until scanStapel starts its dokumentEingang), and the Übergabeprotokoll once every document is final.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('scan_lieferungen', (t) => {
    /** The scan service's own id of the delivery. */
    t.text('lieferung_id').primary();
    /** The API client that created it; only it sees the delivery. */
    t.text('client_id').notNullable();
    t.date('scan_datum').notNullable();
    t.integer('erwartet').notNullable();
    t.text('status').notNullable().defaultTo('offen');
    t.timestamp('frist', { useTz: true }).notNullable();
    t.timestamp('erstellt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('geschlossen_am', { useTz: true });
    t.timestamp('abgeschlossen_am', { useTz: true });
    t.jsonb('protokoll');
    t.text('protokoll_pdf_key');
  });
  await db.raw(
    "alter table scan_lieferungen add constraint scan_lieferungen_status_check check (status in ('offen', 'geschlossen', 'abgeschlossen'))",
  );
  await db.schema.createTable('scan_lieferung_positionen', (t) => {
    t.text('lieferung_id').notNullable().references('scan_lieferungen.lieferung_id').onDelete('cascade');
    t.integer('position').notNullable();
    /** SHA-256 of the document's file as delivered (for a stack: of its part). */
    t.text('sha256').notNullable();
    /** A stack PDF this position was split from: its SHA-256 and first position (the same stack again is the same). */
    t.text('stapel_sha256');
    t.integer('stapel_ab');
    t.text('blob_key').notNullable();
    t.integer('bytes').notNullable();
    t.text('kundennummer');
    t.text('dokumentart');
    t.integer('seiten');
    t.text('eingangsnummer');
    t.timestamp('angenommen_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['lieferung_id', 'position']);
  });
  await db.raw(
    'create index scan_lieferung_positionen_offen on scan_lieferung_positionen (lieferung_id, position) where eingangsnummer is null',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('scan_lieferung_positionen');
  await db.schema.dropTable('scan_lieferungen');
}
