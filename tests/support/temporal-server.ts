// A real Temporal server for tests (go.temporal.io/server, not the CLI dev server) on PostgreSQL, with its schemas.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { stringify } from 'yaml';
import { waitUntil } from '../../platform/wait.js';
import { goProgramm } from './go-programm.js';
import { freePortBelow } from './ports.js';

export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server/cmd/server@v1.29.1';
export const TEMPORAL_SQL_TOOL_MODULE = 'go.temporal.io/server/cmd/tools/sql@v1.29.1';

export interface TemporalServerOptionen {
  /** A PostgreSQL URL whose user may create databases (any database name; only host, port, user, password count). */
  pgUrl: string;
  /** Scratch directory: configuration and the server's log. */
  dir: string;
  /** Names of the two databases created for the server. */
  datenbanken?: { temporal: string; visibility: string };
}

export interface TemporalServer {
  /** host:port of the frontend. */
  address: string;
  /** The server's log so far (JSON lines). */
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** Creates a database and brings it to the newest schema the tool carries (embedded in the binary: no source needed). */
async function schemaAnlegen(sqlTool: string, pg: URL, datenbank: string, schema: string): Promise<void> {
  const env = { ...process.env, SQL_PASSWORD: decodeURIComponent(pg.password) };
  const basis = [
    '--plugin',
    'postgres12',
    '--ep',
    pg.hostname,
    '-p',
    pg.port || '5432',
    '-u',
    decodeURIComponent(pg.username),
    '--db',
    datenbank,
  ];
  for (const befehl of [
    ['create-database'],
    ['setup-schema', '-v', '0.0'],
    ['update-schema', '--schema-name', schema],
  ]) {
    try {
      await promisify(execFile)(sqlTool, [...basis, ...befehl], { env, maxBuffer: 16 * 2 ** 20 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`sql ${befehl.join(' ')} (${datenbank}) failed: ${(stderr || stdout || '').slice(-2000)}`);
    }
  }
}

function serverKonfiguration(
  pg: URL,
  datenbanken: { temporal: string; visibility: string },
  ports: Record<'frontend' | 'history' | 'matching' | 'worker', { grpc: number; membership: number }>,
  httpPort: number,
) {
  const sql = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${pg.hostname}:${pg.port || '5432'}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(pg.username),
      password: decodeURIComponent(pg.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const rpc = (dienst: keyof typeof ports) => ({
    rpc: {
      grpcPort: ports[dienst].grpc,
      membershipPort: ports[dienst].membership,
      bindOnLocalHost: true,
    },
  });
  return {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 4,
      datastores: { default: sql(datenbanken.temporal, 10), visibility: sql(datenbanken.visibility, 4) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: { rpc: { ...rpc('frontend').rpc, httpPort } },
      history: rpc('history'),
      matching: rpc('matching'),
      worker: rpc('worker'),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${ports.frontend.grpc}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
  };
}

/**
 * Creates and migrates the two databases, writes a configuration, starts all four services in one process on free
 * ports and waits until the frontend answers. Namespace and search attributes are the platform's setup's business.
 */
export async function startTemporalServer(optionen: TemporalServerOptionen): Promise<TemporalServer> {
  const server = goProgramm('server', `go install ${TEMPORAL_SERVER_MODULE}`);
  const sqlTool = goProgramm('sql', `go install ${TEMPORAL_SQL_TOOL_MODULE}`);
  const pg = new URL(optionen.pgUrl);
  const datenbanken = optionen.datenbanken ?? { temporal: 'temporal', visibility: 'temporal_visibility' };
  await schemaAnlegen(sqlTool, pg, datenbanken.temporal, 'postgresql/v12/temporal');
  await schemaAnlegen(sqlTool, pg, datenbanken.visibility, 'postgresql/v12/visibility');

  // Membership ports are stored as smallint: they must lie below 32768, under the kernel's ephemeral range.
  const port = () => freePortBelow(32_768);
  const ports = {
    frontend: { grpc: await port(), membership: await port() },
    history: { grpc: await port(), membership: await port() },
    matching: { grpc: await port(), membership: await port() },
    worker: { grpc: await port(), membership: await port() },
  };
  const konfigurationen = path.join(optionen.dir, 'config');
  await mkdir(konfigurationen, { recursive: true });
  await writeFile(
    path.join(konfigurationen, 'test.yaml'),
    stringify(serverKonfiguration(pg, datenbanken, ports, await port())),
    { mode: 0o600 },
  );

  const logDatei = path.join(optionen.dir, 'server.log');
  const logFd = openSync(logDatei, 'a');
  const child: ChildProcess = spawn(
    server,
    ['--root', optionen.dir, '--config', 'config', '--env', 'test', '--allow-no-auth', 'start'],
    { stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const beendet = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => readFile(logDatei, 'utf8').catch(() => '');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await beendet;
    clearTimeout(timer);
  };

  const address = `127.0.0.1:${ports.frontend.grpc}`;
  try {
    await waitUntil(
      'Temporal server',
      async () => {
        const connection = await Connection.connect({ address, connectTimeout: 1000 });
        try {
          // Registered by the server itself once history and matching run.
          await connection.workflowService.describeNamespace({ namespace: 'temporal-system' });
          return true;
        } finally {
          await connection.close();
        }
      },
      {
        timeoutMs: 120_000,
        intervalMs: 500,
        fatal: () => (child.exitCode === null ? undefined : `ended with ${child.exitCode}`),
      },
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; its log ends: ${(await log()).slice(-3000)}`);
  }
  return { address, log, stop };
}
