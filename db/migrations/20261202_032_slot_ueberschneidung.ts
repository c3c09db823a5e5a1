// No two slots of the same staff member overlap in time: PostgreSQL refuses the second one (team slots are exempt).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.raw('create extension if not exists btree_gist');
  // Minutes are fixed lengths of time, so the range depends on its arguments only (an index needs that).
  await db.raw(`create function slot_zeitraum(beginn timestamptz, dauer_minuten integer) returns tstzrange
    language sql immutable parallel safe
    as $$ select tstzrange(beginn, beginn + dauer_minuten * interval '1 minute') $$`);
  await db.raw(`alter table termin_slots add constraint termin_slots_keine_ueberschneidung
    exclude using gist (mitarbeiter_id with =, slot_zeitraum(beginn, dauer_minuten) with &&)
    where (mitarbeiter_id is not null)`);
}

export async function down(db: Knex): Promise<void> {
  await db.raw('alter table termin_slots drop constraint if exists termin_slots_keine_ueberschneidung');
  await db.raw('drop function if exists slot_zeitraum(timestamptz, integer)');
  await db.raw('drop extension if exists btree_gist');
}
