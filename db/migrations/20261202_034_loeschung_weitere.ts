// Löschkonzept for the remaining data classes: a ledger of files shared into the app (their blobs had no owner row),
// and indexes on the instants the nightly run counts from.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  /** One row per file the PWA share target put into the holding area; the Löschlauf deletes blob and row. */
  await db.schema.createTable('geteilte_dateien', (t) => {
    t.text('blob_key').primary();
    t.timestamp('abgelegt_am', { useTz: true }).notNullable().defaultTo(db.fn.now()).index();
  });
  await db.raw('create index termine_beginn on termine (beginn)');
  await db.raw('create index ereignisse_erfasst_am on ereignisse (erfasst_am)');
  await db.raw(
    'create index benachrichtigungen_loeschung on benachrichtigungen ((coalesce(gesendet_am, angelegt_am)))',
  );
}

export async function down(db: Knex): Promise<void> {
  await db.raw('drop index if exists benachrichtigungen_loeschung');
  await db.raw('drop index if exists ereignisse_erfasst_am');
  await db.raw('drop index if exists termine_beginn');
  await db.schema.dropTableIfExists('geteilte_dateien');
}
