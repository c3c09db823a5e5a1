// The bare Koa baseline server as a process of its own, serving a static page of a given size until stopped.
import { fork } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../tests/support/ports.js';

export interface KoaServer {
  /** The static page's address. */
  url: string;
  stoppen(): Promise<void>;
}

export async function koaBasisStarten(bytes: number): Promise<KoaServer> {
  const port = await freePort();
  const server = fork(path.join(import.meta.dirname, 'koa-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port), BASIS_BYTES: String(bytes), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stoppen = async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  };
  try {
    await new Promise((resolve, reject) => {
      server.once('message', resolve);
      server.once('exit', (code) => reject(new Error(`bare Koa exited with ${code}`)));
    });
  } catch (error) {
    await stoppen();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/seite`, stoppen };
}
