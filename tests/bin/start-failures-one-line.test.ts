import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../support/ports.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs `npm start`'s entry point until it exits; the lines of its stderr are what a user sees of a failure (without the OIDC library's note about the Node version). */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'start.ts')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stderr: stderr
          .trim()
          .split('\n')
          .filter((line) => !line.startsWith('oidc-provider WARNING: Unsupported runtime')),
      });
    });
  });
}

async function occupy(host?: string): Promise<{ port: number; server: Server }> {
  const port = await freePort();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return { port, server };
}

describe('npm start: a start-up problem the user can fix ends in one line saying what to do', () => {
  let base: string;
  before(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'start-fail-'));
    await chmod(base, 0o755);
  });
  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('initialises PostgreSQL although DATA_DIR lies in a directory postgres cannot enter, and names a busy PostgreSQL port', async () => {
    const home = path.join(base, 'home');
    await mkdir(home, { mode: 0o700 });
    await chmod(home, 0o700);
    const busy = await occupy('127.0.0.1');
    try {
      const { code, stderr } = await start({
        DATA_DIR: path.join(home, 'data'),
        EMBEDDED_POSTGRES_PORT: String(busy.port),
        EMBEDDED_POSTGRES_SHARED_DIR: path.join(base, 'shared'),
        PORT: String(await freePort()),
        SMTP_URL: 'smtp://127.0.0.1:1',
        OIDC_ISSUER: 'https://idp.example',
      });
      assert.equal(code, 1);
      assert.deepEqual(stderr, [
        `start: PostgreSQL could not use port ${busy.port}: it is in use. Stop the program using it or set EMBEDDED_POSTGRES_PORT to a free port.`,
      ]);
      assert.ok(
        existsSync(path.join(home, 'data', 'postgres', 'cluster', 'PG_VERSION')),
        'the cluster was initialised',
      );
    } finally {
      busy.server.close();
    }
  });

  it('names a busy web port before starting anything', async () => {
    const busy = await occupy();
    try {
      const { code, stderr } = await start({
        DATA_DIR: path.join(base, 'web-port'),
        PORT: String(busy.port),
        SMTP_URL: 'smtp://127.0.0.1:1',
        OIDC_ISSUER: 'https://idp.example',
      });
      assert.equal(code, 1);
      assert.deepEqual(stderr, [
        `start: Port ${busy.port} is in use: stop the program using it or set PORT to a free port.`,
      ]);
      assert.equal(existsSync(path.join(base, 'web-port', 'postgres')), false, 'nothing was started');
    } finally {
      busy.server.close();
    }
  });
});
