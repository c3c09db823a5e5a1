// The production topology as child processes: Temporal server on PostgreSQL, S3, setup, workers and web processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { startMailSink, type MailSink } from '../../platform/dev/mail-sink.js';
import { waitUntil } from '../../platform/wait.js';
import { databaseUrlFor } from './context.js';
import { TEST_BLOB_SCHLUESSEL } from './blob-schluessel.js';
import { suiteEnvironment } from './environment.js';
import { freePort } from './ports.js';
import { startS3, type S3Server } from './s3.js';
import { startTemporalServer, type TemporalServer } from './temporal-server.js';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface Prozess {
  name: string;
  child: ChildProcess;
  /** Own DATA_DIR: nothing in it is seen by any other process. */
  dataDir: string;
  log(): Promise<string>;
}

export interface WebProzess extends Prozess {
  url: string;
}

export interface Topologie {
  dir: string;
  databaseUrl: string;
  temporal: TemporalServer;
  s3: S3Server;
  mails: MailSink;
  /** The DMS's hot folder: a share of the DMS, the one directory the workers write to in common. */
  dmsImportDir: string;
  worker(name: string): Promise<Prozess>;
  web(name: string): Promise<WebProzess>;
  /** Ends a process with SIGKILL, as a crash or the OOM killer would. */
  toeten(prozess: Prozess): Promise<void>;
  /** The last lines of every process's log, for a failure message. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: suiteEnvironment().pgAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const beendet = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

/**
 * Starts the services (a Temporal server with databases `temporal` and `temporal_visibility` in the suite's
 * PostgreSQL, versitygw, an SMTP sink) and runs `bin/setup.ts` as production does; workers and web processes
 * are started by the caller. Every process gets the configuration of production: only environment variables.
 */
export async function topologieStarten(): Promise<Topologie> {
  const env = suiteEnvironment();
  const dir = await mkdtemp(path.join(env.tmpDir, 'topologie-'));
  const prozesse: Prozess[] = [];
  const dienste: Array<() => Promise<void>> = [];
  const stop = async () => {
    await Promise.all(
      prozesse.map(async ({ child }) => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
        await beendet(child);
        clearTimeout(timer);
      }),
    );
    for (const stoppen of dienste.reverse()) await stoppen().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const temporal = await startTemporalServer({ pgUrl: env.pgAdminUrl, dir: path.join(dir, 'temporal') });
    dienste.push(() => temporal.stop());
    const s3 = await startS3('topologie');
    dienste.push(() => s3.stop());
    const mails = await startMailSink(path.join(dir, 'mails'));
    dienste.push(() => mails.stop());
    await adminQuery('create database topologie');
    const databaseUrl = databaseUrlFor('topologie');
    const dmsImportDir = path.join(dir, 'dms', 'import');
    await mkdir(dmsImportDir, { recursive: true });

    const gemeinsam = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      ...s3.env,
      BLOB_SCHLUESSEL: TEST_BLOB_SCHLUESSEL,
      SMTP_URL: mails.url,
      DMS_IMPORT_DIR: dmsImportDir,
      DMS_EXPORT_DIR: path.join(dir, 'dms', 'export'),
      LOG_LEVEL: 'warn',
    };

    async function starten(name: string, programm: string, eigene: Record<string, string> = {}): Promise<Prozess> {
      const dataDir = path.join(dir, name);
      await mkdir(dataDir, { recursive: true });
      const logDatei = path.join(dir, `${name}.log`);
      const fd = openSync(logDatei, 'a');
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', programm)], {
        cwd: root,
        env: { ...gemeinsam, DATA_DIR: dataDir, ...eigene },
        stdio: ['ignore', fd, fd],
      });
      closeSync(fd);
      const prozess = { name, child, dataDir, log: () => readFile(logDatei, 'utf8').catch(() => '') };
      prozesse.push(prozess);
      return prozess;
    }

    const setup = await starten('setup', 'setup.ts');
    await beendet(setup.child);
    if (setup.child.exitCode !== 0) throw new Error(`bin/setup.ts failed: ${(await setup.log()).slice(-3000)}`);

    return {
      dir,
      databaseUrl,
      temporal,
      s3,
      mails,
      dmsImportDir,
      worker: (name) => starten(name, 'worker.ts'),
      async web(name) {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const prozess = await starten(name, 'web.ts', { PORT: String(port), PUBLIC_URL: url });
        await waitUntil(`${name} listening`, async () => (await fetch(`${url}/healthz`)).ok, {
          timeoutMs: 120_000,
          intervalMs: 250,
          fatal: () => (prozess.child.exitCode === null ? undefined : `ended with ${prozess.child.exitCode}`),
        });
        return { ...prozess, url };
      },
      async toeten(prozess) {
        prozess.child.kill('SIGKILL');
        await beendet(prozess.child);
      },
      async logs() {
        const teile = await Promise.all(
          prozesse.map(async (p) => `--- ${p.name} (${p.child.pid}) ---\n${(await p.log()).slice(-2000)}`),
        );
        return [...teile, `--- temporal server ---\n${(await temporal.log()).slice(-2000)}`].join('\n');
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
