import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AppContext } from '../../../platform/context.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../../../platform/dev/embedded-postgres.js';
import { createLogger } from '../../../platform/logger.js';
import { startTemporalDevServer, type DevServer } from '../../../platform/dev/temporal-dev-server.js';
import { waitUntil } from '../../../platform/wait.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { suiteEnvironment } from '../../support/environment.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { freePort } from '../../support/ports.js';
import { runWorkers } from '../../support/workers.js';

const log = createLogger('silent', 'test');

async function readyz(app: RunningApp) {
  const response = await fetch(`${app.url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

describe('/healthz and /readyz with workers missing, and PostgreSQL and Temporal going away and coming back', () => {
  const env = suiteEnvironment();
  const dir = path.join(env.tmpDir, `readyz-${process.pid}`);
  let pgOptions: Parameters<typeof startEmbeddedPostgres>[0];
  let temporalOptions: Parameters<typeof startTemporalDevServer>[0];
  let pg: RunningPostgres;
  let temporal: DevServer;
  let ctx: AppContext;
  let app: RunningApp;
  let t: TestContext;
  let workers: { stop(): Promise<void> } | undefined;

  before(async () => {
    pgOptions = { dir: path.join(dir, 'pg'), port: await freePort(), database: 'jobcenter' };
    temporalOptions = {
      cli: env.temporalCli,
      port: await freePort(),
      uiPort: undefined,
      dbFile: path.join(dir, 'temporal.db'),
      namespace: 'jobcenter',
    };
    pg = await startEmbeddedPostgres(pgOptions, log);
    temporal = await startTemporalDevServer(temporalOptions, log);
    t = await createTestContext({}, { databaseUrl: pg.url, temporalAddress: temporal.address, dataDir: dir });
    ctx = t.ctx;
    app = await startApp(ctx);
  });
  after(async () => {
    await workers?.stop();
    await app.close();
    await t.close();
    await temporal.stop();
    await pg.stop();
  });

  it('names the task queues no worker polls, and answers 200 once a worker polls them', async () => {
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    const down = await readyz(app);
    assert.equal(down.status, 503);
    assert.deepEqual(down.body, {
      status: 'nicht bereit',
      datenbank: 'ok',
      temporal: 'ok',
      worker: 'no worker polls task queue dokumente (workflows), dokumente (activities), dokumente-pdf (activities)',
      blobs: 'ok',
    });
    workers = await runWorkers(ctx);
    await waitUntil('readyz with a worker polling', async () => (await readyz(app)).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    assert.deepEqual(await readyz(app), {
      status: 200,
      body: { status: 'ok', datenbank: 'ok', temporal: 'ok', worker: 'ok', blobs: 'ok' },
    });
  });

  it('names the database when PostgreSQL stops, and recovers by itself when it returns', async () => {
    await pg.stop();
    const down = await readyz(app);
    assert.equal(down.status, 503);
    assert.notEqual(down.body.datenbank, 'ok');
    assert.equal(down.body.temporal, 'ok');
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    pg = await startEmbeddedPostgres(pgOptions, log);
    await waitUntil('readyz after PostgreSQL restart', async () => (await readyz(app)).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
  });

  it('names Temporal when the server stops, and recovers by itself when it returns', async () => {
    await temporal.stop();
    const down = await readyz(app);
    assert.equal(down.status, 503);
    assert.notEqual(down.body.temporal, 'ok');
    assert.equal(down.body.datenbank, 'ok');
    assert.equal(down.body.worker, 'unknown while Temporal does not answer');
    temporal = await startTemporalDevServer(temporalOptions, log);
    await waitUntil('readyz after Temporal restart', async () => (await readyz(app)).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
  });
});
