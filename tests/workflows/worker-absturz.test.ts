import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { waitUntil } from '../../platform/wait.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import { warteAufStatus } from '../support/warten.js';
import { TEST_BLOB_SCHLUESSEL } from '../support/blob-schluessel.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('a worker process killed in the middle of a document', () => {
  let t: TestContext;
  let worker: ChildProcess | undefined;
  let temporalConfig: string;

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'worker.ts')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: t.databaseUrl,
        TEMPORAL_ADDRESS: t.ctx.config.temporalAddress,
        SMTP_URL: t.ctx.config.smtpUrl,
        DATA_DIR: t.ctx.config.dataDir,
        BLOB_SCHLUESSEL: TEST_BLOB_SCHLUESSEL,
        TEMPORAL_CONFIG: temporalConfig,
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    worker = child;
    return child;
  }

  async function kill(child: ChildProcess): Promise<void> {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    temporalConfig = path.join(t.ctx.config.dataDir, 'temporal.yaml');
    await writeFile(temporalConfig, stringify({ ...t.ctx.temporal.plan, schedules: [] }));
  });
  after(async () => {
    if (worker && worker.exitCode === null) await kill(worker);
    await t.close();
  });

  it('files exactly once and sends each e-mail once after a restart', async () => {
    const first = startWorker();
    const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Lohnabrechnung',
      dateien: [await foto(), await pdfMitSeiten(4)],
    });
    await waitUntil(
      'document prepared',
      async () =>
        ['aufbereitet', 'abgelegt'].includes(
          (await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first('status')).status,
        ),
      { timeoutMs: 60_000, intervalMs: 10 },
    );
    await kill(first);

    startWorker();
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 120_000);
    assert.equal(row.seiten, 5);
    await waitUntil('both mails', async () => t.mails.received.length >= 2, { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));

    assert.deepEqual((await readdir(t.ctx.config.dmsImportDir)).sort(), [
      `${eingangsnummer}.json`,
      `${eingangsnummer}.pdf`,
    ]);
    assert.equal((await t.ctx.db('dms_ablagen').where({ eingangsnummer })).length, 1);
    const an = t.mails.received.map((m) => m.to.join(',')).sort();
    assert.deepEqual(an, ['paula.portal@example.org', 'team-leistung@jobcenter-musterstadt.example']);
  });
});
