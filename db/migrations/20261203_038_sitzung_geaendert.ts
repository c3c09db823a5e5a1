// Web processes remember sessions for a few seconds (web/sitzung/sitzungs-cache.ts): PostgreSQL tells them of every
// change on the channel `sitzung_geaendert`. A changed or deleted session sends its id; a change to the accounts a
// session names (clients, staff, partner users and organisations: deactivated, renamed, deleted) sends `*`, which
// makes every process forget all it remembered. Triggers, so no code path that writes these tables can forget it.
import type { Knex } from 'knex';

const konten = ['kunden', 'mitarbeiter', 'partner_benutzer', 'partner'] as const;

export async function up(db: Knex): Promise<void> {
  await db.raw(`
    create function sitzung_geaendert() returns trigger language plpgsql as $$
    begin
      perform pg_notify('sitzung_geaendert', old.id);
      return null;
    end $$`);
  await db.raw(`
    create trigger sitzung_geaendert after update or delete on sitzungen
      for each row execute function sitzung_geaendert()`);
  await db.raw(`
    create function sitzungs_konto_geaendert() returns trigger language plpgsql as $$
    begin
      perform pg_notify('sitzung_geaendert', '*');
      return null;
    end $$`);
  for (const tabelle of konten)
    await db.raw(`
      create trigger ${tabelle}_sitzung_geaendert after update or delete on ${tabelle}
        for each statement execute function sitzungs_konto_geaendert()`);
}

export async function down(db: Knex): Promise<void> {
  for (const tabelle of konten) await db.raw(`drop trigger ${tabelle}_sitzung_geaendert on ${tabelle}`);
  await db.raw('drop trigger sitzung_geaendert on sitzungen');
  await db.raw('drop function sitzungs_konto_geaendert()');
  await db.raw('drop function sitzung_geaendert()');
}
