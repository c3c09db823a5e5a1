import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { readFile } from 'node:fs/promises';
import { suiteEnvironment } from '../support/environment.js';
import { freePort } from '../support/ports.js';
import { bereinigung } from '../../workflows/bereinigung.js';
import { loadConfig } from '../../platform/config.js';
import { datenKonverter } from '../../platform/temporal-codec.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const env = suiteEnvironment();
const dataDir = path.join(env.tmpDir, `npm-start-${process.pid}`);
const ports = {
  web: await freePort(),
  pg: await freePort(),
  temporal: await freePort(),
  ui: await freePort(),
  smtp: await freePort(),
  oidc: await freePort(),
};
const searchAttributes = ['Kundennummer', 'Bereich', 'Dokumentart', 'Kanal', 'Dokumentstatus', 'PartnerId'];

function start(): { child: ChildProcess; ready: Promise<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'start.ts')], {
    cwd: root,
    env: {
      PATH: `${path.dirname(env.temporalCli)}:${process.env.PATH}`,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: String(ports.web),
      EMBEDDED_POSTGRES_PORT: String(ports.pg),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      EMBEDDED_SMTP_PORT: String(ports.smtp),
      EMBEDDED_OIDC_PORT: String(ports.oidc),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ctrl-C stops everything')) resolve(output);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

async function kundenCount(): Promise<number> {
  const password = (await readFile(path.join(dataDir, 'postgres', 'password'), 'utf8')).trim();
  const client = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${ports.pg}/jobcenter` });
  await client.connect();
  try {
    return Number((await client.query('select count(*) from kunden')).rows[0].count);
  } finally {
    await client.end();
  }
}

async function withTemporal<T>(fn: (client: Client, connection: Connection) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
  try {
    // `npm start`'s embedded development key: its workflows' payloads are encrypted with it.
    const dataConverter = datenKonverter(loadConfig({}).temporalPayloadSchluessel);
    return await fn(new Client({ connection, namespace: 'jobcenter', dataConverter }), connection);
  } finally {
    await connection.close();
  }
}

describe('npm start on a fresh data directory', () => {
  let running: ReturnType<typeof start> | undefined;
  after(async () => {
    running?.child.kill('SIGINT');
    await running?.exited;
  });

  it('serves the login page, /readyz, the Temporal UI and the six search attributes, prints the demo logins', async () => {
    running = start();
    const output = await running.ready;
    assert.match(output, /Kundennummer 100D000001/);
    assert.match(output, new RegExp(`http://localhost:${ports.ui}`));
    const login = await fetch(`http://127.0.0.1:${ports.web}/anmelden`);
    assert.equal(login.status, 200);
    assert.match(await login.text(), /Willkommen im Portal!/);
    assert.equal((await fetch(`http://127.0.0.1:${ports.web}/readyz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${ports.ui}/`)).status, 200);
    assert.equal(
      (await fetch(`http://127.0.0.1:${ports.oidc}/.well-known/openid-configuration`)).status,
      200,
      'embedded identity provider',
    );
    const staff = await fetch(`http://127.0.0.1:${ports.web}/mitarbeiter/anmelden`, { redirect: 'manual' });
    assert.equal(staff.status, 302);
    assert.ok(
      staff.headers.get('location')?.startsWith(`http://127.0.0.1:${ports.oidc}/auth?`),
      'staff sign-in goes to the provider',
    );
    const attributes = await withTemporal((_, connection) =>
      connection.operatorService.listSearchAttributes({ namespace: 'jobcenter' }),
    );
    for (const name of searchAttributes) assert.ok(name in (attributes.customAttributes ?? {}), `${name} registered`);
    assert.equal(await kundenCount(), 3);
  });

  it('keeps demo data and workflow history across Ctrl-C and a second start', async () => {
    const workflowId = `vor-neustart-${Date.now()}`;
    await withTemporal((client) =>
      client.workflow.execute(bereinigung, { taskQueue: 'dokumente', workflowId, args: [] }),
    );
    running!.child.kill('SIGINT');
    assert.equal(await running!.exited, 0);
    await assert.rejects(fetch(`http://127.0.0.1:${ports.web}/healthz`));

    running = start();
    await running.ready;
    assert.equal(await kundenCount(), 3);
    const description = await withTemporal((client) => client.workflow.getHandle(workflowId).describe());
    assert.equal(description.status.name, 'COMPLETED');
  });
});
