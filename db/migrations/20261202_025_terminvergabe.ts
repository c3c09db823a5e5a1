// Online Terminvergabe: Anliegen, open slots, bookings by clients and guests; PostgreSQL refuses a second booking of a slot.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('anliegen', (t) => {
    t.increments('id');
    t.text('name').notNullable().unique();
    t.integer('dauer_minuten').notNullable().checkBetween([5, 240]);
    t.text('ort').notNullable();
    t.text('team').notNullable().checkIn(['leistung', 'vermittlung', 'poststelle']);
    /** Bookable without an account (name and e-mail only). */
    t.boolean('oeffentlich').notNullable().defaultTo(false);
    t.boolean('aktiv').notNullable().defaultTo(true);
    t.timestamps(true, true);
  });
  await db.schema.createTable('termin_slots', (t) => {
    t.increments('id');
    t.integer('anliegen_id').notNullable().references('anliegen.id');
    /** Null: any member of the Anliegen's team takes it. */
    t.integer('mitarbeiter_id').references('mitarbeiter.id');
    t.timestamp('beginn', { useTz: true }).notNullable();
    t.integer('dauer_minuten').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.index(['anliegen_id', 'beginn']);
  });
  await db.schema.alterTable('termine', (t) => {
    t.integer('kunde_id').nullable().alter();
    t.integer('slot_id').references('termin_slots.id');
    t.integer('anliegen_id').references('anliegen.id');
    t.text('gast_name');
    t.text('gast_email');
    t.text('gast_sprache');
  });
  await db.raw(
    'alter table termine add constraint termine_kunde_oder_gast check (kunde_id is not null or gast_email is not null)',
  );
  await db.raw('alter table termine drop constraint termine_status_check');
  await db.raw(
    "alter table termine add constraint termine_status_check check (status in ('geplant', 'abgesagt', 'stattgefunden', 'versaeumt'))",
  );
  // The guarantee: at most one booking per slot that is not cancelled, however many requests race for it.
  await db.raw("create unique index termine_slot_einmal on termine (slot_id) where status <> 'abgesagt'");
  await db.schema.createTable('termin_links', (t) => {
    /** SHA-256 of the single-use token in the confirmation mail (cancel or move). */
    t.text('token_hash').primary();
    t.integer('termin_id').notNullable().references('termine.id').index();
    t.timestamp('gueltig_bis', { useTz: true }).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('termin_links');
  await db.raw('drop index if exists termine_slot_einmal');
  await db.raw('alter table termine drop constraint termine_kunde_oder_gast');
  await db.raw('alter table termine drop constraint termine_status_check');
  await db.raw(
    "alter table termine add constraint termine_status_check check (status in ('geplant', 'abgesagt', 'stattgefunden'))",
  );
  await db.schema.alterTable('termine', (t) => {
    t.dropColumn('gast_sprache');
    t.dropColumn('gast_email');
    t.dropColumn('gast_name');
    t.dropColumn('anliegen_id');
    t.dropColumn('slot_id');
  });
  await db.schema.dropTableIfExists('termin_slots');
  await db.schema.dropTableIfExists('anliegen');
}
