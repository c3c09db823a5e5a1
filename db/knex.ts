// Knex instance over a PostgreSQL URL, and the migration runner with a stable migration source.
import knex, { type Knex } from 'knex';
import { migrationSource } from './migration-source.js';
import { pgTypen } from './zeitstempel.js';

export type Db = Knex;

interface DbLog {
  warn(message: string): void;
  error(message: string): void;
}

const silent: DbLog = { warn: () => undefined, error: () => undefined };

export function createDb(
  url: string,
  pool: { min: number; max: number } = { min: 0, max: 10 },
  log: DbLog = silent,
): Db {
  const db = knex({
    log: { warn: log.warn, error: log.error, deprecate: log.warn, debug: () => undefined },
    client: 'pg',
    connection: { connectionString: url, application_name: 'jobcenter-austausch', types: pgTypen },
    pool: { ...pool, acquireTimeoutMillis: 10_000 },
  });
  return db;
}

export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}
