import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import proto from '@temporalio/proto';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { workerKinder } from '../../bin/worker-prozesse.js';
import { createLogger } from '../../platform/logger.js';
import { portFrei } from '../../platform/dev/port-frei.js';
import { supervise, type Supervised } from '../../platform/dev/supervisor.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto } from '../support/dateien.js';
import { freePort } from '../support/ports.js';
import { warteAufStatus } from '../support/warten.js';
import { TEST_BLOB_SCHLUESSEL } from '../support/blob-schluessel.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const { TASK_QUEUE_TYPE_WORKFLOW, TASK_QUEUE_TYPE_ACTIVITY } = proto.temporal.api.enums.v1.TaskQueueType;

/** A port whose next two ports are free as well: the worker processes take METRICS_PORT + 1 and + 2. */
async function dreiFreiePorts(): Promise<number> {
  for (;;) {
    const port = await freePort();
    const frei = await Promise.all(
      [1, 2].map((i) =>
        portFrei(port + i, 'METRICS_PORT', '127.0.0.1').then(
          () => true,
          () => false,
        ),
      ),
    );
    if (frei.every(Boolean)) return port;
  }
}

describe("npm start's worker processes: workflows in one, image and PDF work in another", () => {
  let t: TestContext;
  let kinder: Supervised[] = [];
  let metricsPort: number;
  let eingangsnummer: string;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    // The processes read the task queues from TEMPORAL_CONFIG: this test's own, so no other worker answers.
    const plan = parse(readFileSync(path.join(root, 'temporal.yaml'), 'utf8'));
    const planDatei = path.join(t.ctx.config.dataDir, 'temporal.yaml');
    await writeFile(planDatei, stringify({ ...plan, taskQueues: t.ctx.temporal.plan.taskQueues }));
    metricsPort = await dreiFreiePorts();
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: t.databaseUrl,
      TEMPORAL_ADDRESS: t.ctx.config.temporalAddress,
      SMTP_URL: t.ctx.config.smtpUrl,
      DATA_DIR: t.ctx.config.dataDir,
      BLOB_SCHLUESSEL: TEST_BLOB_SCHLUESSEL,
      DMS_IMPORT_DIR: t.ctx.config.dmsImportDir,
      TEMPORAL_CONFIG: planDatei,
      LOG_LEVEL: 'warn',
    };
    const log = createLogger('warn', 'test');
    kinder = workerKinder(env, metricsPort).map((kind) => supervise(kind, log));
    ({ eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await foto(), await foto(1600, 1200)],
    }));
    // Each process starts with tsx and the workflow worker bundles the workflows first: minutes on a busy machine.
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 600_000);
  });
  after(async () => {
    await Promise.all(kinder.map((kind) => kind.stop()));
    await t.close();
  });

  async function poller(queue: 'io' | 'pdf', taskQueueType: number): Promise<Set<string>> {
    const antwort = await t.ctx.temporal.connection.workflowService.describeTaskQueue({
      namespace: t.ctx.temporal.plan.namespace.name,
      taskQueue: { name: t.ctx.temporal.plan.taskQueues[queue] },
      taskQueueType,
    });
    return new Set((antwort.pollers ?? []).map((p) => p.identity ?? ''));
  }

  it('the process serving the pdf queue polls no workflow tasks; the workflow process polls no pdf work', async () => {
    const workflowProzess = await poller('io', TASK_QUEUE_TYPE_WORKFLOW);
    const ioAktivitaeten = await poller('io', TASK_QUEUE_TYPE_ACTIVITY);
    const pdfProzess = await poller('pdf', TASK_QUEUE_TYPE_ACTIVITY);
    assert.equal(workflowProzess.size, 1, `one process runs the workflows: ${[...workflowProzess]}`);
    assert.equal(pdfProzess.size, 1, `one process does the PDF work: ${[...pdfProzess]}`);
    assert.deepEqual([...ioAktivitaeten], [...workflowProzess], 'I/O activities run beside the workflows');
    assert.deepEqual((await poller('pdf', TASK_QUEUE_TYPE_WORKFLOW)).size, 0, 'nobody polls workflow tasks on pdf');
    const [pdfIdentitaet] = pdfProzess;
    assert.ok(!workflowProzess.has(pdfIdentitaet!), `the pdf worker ${pdfIdentitaet} is not the workflow worker`);
  });

  it('each worker process serves the Temporal SDK metrics on its own loopback port, without personal data', async () => {
    const lesen = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const [workflowMetriken, pdfMetriken] = await Promise.all([lesen(metricsPort + 1), lesen(metricsPort + 2)]);
    const { io, pdf } = t.ctx.temporal.plan.taskQueues;
    assert.match(
      workflowMetriken,
      new RegExp(`temporal_workflow_task_execution_latency_count\\{[^}]*task_queue="${io}"`),
    );
    assert.match(
      pdfMetriken,
      new RegExp(
        `temporal_activity_execution_latency_count\\{[^}]*activity_type="dateiAufbereiten"[^}]*task_queue="${pdf}"|temporal_activity_execution_latency_count\\{[^}]*task_queue="${pdf}"[^}]*activity_type="dateiAufbereiten"|temporal_activity_execution_latency_count\\{(?=[^}]*activity_type="dateiAufbereiten")(?=[^}]*task_queue="${pdf}")`,
      ),
    );
    assert.doesNotMatch(
      pdfMetriken,
      /temporal_workflow_task_execution_latency_count\{/,
      'no workflow tasks in the pdf worker',
    );
    assert.doesNotMatch(workflowMetriken, /activity_type="dateiAufbereiten"/, 'no image work in the workflow worker');
    for (const text of [workflowMetriken, pdfMetriken]) {
      assert.ok(!text.includes(demoLogins.kunde.kundennummer), 'no Kundennummer');
      assert.ok(!text.includes(eingangsnummer), 'no Eingangsnummer');
    }
  });
});
