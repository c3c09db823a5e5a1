// Runs the Temporal CLI dev server (SQLite file, Web UI) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { stopLeftoverProcess, writePidFile } from './leftover-process.js';
import type { Logger } from '../logger.js';
import { waitUntil } from '../wait.js';

export interface DevServerOptions {
  cli: string;
  port: number;
  /** undefined: no Web UI */
  uiPort: number | undefined;
  /** undefined: in memory */
  dbFile: string | undefined;
  namespace: string;
  /** Remembers the server's pid so a later start can stop one left running by a hard kill. */
  pidFile?: string;
}

export interface DevServer {
  address: string;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(options: DevServerOptions, log: Logger): Promise<DevServer> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--namespace',
    options.namespace,
    '--log-level',
    'error',
  ];
  // One partition per task queue: on a single dev server, several partitions only add forwarding delays.
  args.push(
    '--dynamic-config-value',
    'matching.numTaskqueueReadPartitions=1',
    '--dynamic-config-value',
    'matching.numTaskqueueWritePartitions=1',
  );
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.pidFile) {
    const pid = await stopLeftoverProcess(options.pidFile, 'start-dev');
    if (pid) log.warn({ pid }, 'stopped a Temporal dev server left running by an earlier start');
  }
  // Own process group: Ctrl-C reaches only the parent, which stops the server after the workers.
  const child: ChildProcess = spawn(options.cli, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  if (options.pidFile) await writePidFile(options.pidFile, child.pid);
  let exited = false;
  child.stderr?.on('data', (chunk: Buffer) => log.warn({ temporal: chunk.toString().trim() }, 'temporal dev server'));
  child.on('exit', (code) => {
    exited = true;
    if (code) log.error({ code }, 'temporal dev server exited');
  });
  const address = `127.0.0.1:${options.port}`;
  await waitUntil(
    'Temporal dev server',
    async () => {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: options.namespace });
        return true;
      } finally {
        await connection.close();
      }
    },
    {
      timeoutMs: 120_000,
      intervalMs: 300,
      fatal: () => (exited ? 'exited during start (is the port in use?)' : undefined),
    },
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    address,
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
