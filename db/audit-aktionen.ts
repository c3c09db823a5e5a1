// For migrations: rewrites the audit log's action check from the list it holds now, so each migration adds or removes
// only its own actions and the others' changes survive.
import type { Knex } from 'knex';

export async function aktionenErlauben(db: Knex, aendern: (aktionen: string[]) => string[]): Promise<void> {
  const { rows } = await db.raw(
    "select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'audit_log_aktion_check'",
  );
  const bisher = [...String(rows[0]?.def ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const liste = aendern(bisher)
    .map((a) => `'${a}'`)
    .join(', ');
  await db.raw('alter table audit_log drop constraint if exists audit_log_aktion_check');
  await db.raw(`alter table audit_log add constraint audit_log_aktion_check check (aktion in (${liste}))`);
}
