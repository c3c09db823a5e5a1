// Builds the Temporal workers: workflows and I/O activities on one queue, CPU work (activities only) on the other.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import { scanDokumentEinreichen } from '../services/scan/scan-dokument-einreichen.js';
import { createActivities } from '../activities/index.js';
import { requireSmtp } from '../platform/config.js';
import type { AppContext } from '../platform/context.js';
import { createMailTransport } from '../platform/mail-transport.js';
import { workerSpeicherMelden } from '../platform/metriken/worker-speicher.js';
import { datenKonverter } from '../platform/temporal-codec.js';

/** The repository root in development, `dist/` when compiled. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Written by `npm run build` into dist/, or once per test run by the test runner (WORKFLOW_BUNDLE); development
 * bundles from source at start.
 */
const prebuiltBundle = process.env.WORKFLOW_BUNDLE ?? path.join(root, 'workflow-bundle.js');
const workflowsSource = path.join(
  root,
  'workflows',
  existsSync(path.join(root, 'workflows', 'index.ts')) ? 'index.ts' : 'index.js',
);

export type Queue = 'io' | 'pdf';

export interface RunningWorkers {
  run(): Promise<void>;
  shutdown(): void;
}

let runtimeInstalled = false;

export async function createWorkers(ctx: AppContext, queues: Queue[]): Promise<RunningWorkers> {
  if (!runtimeInstalled) {
    const { metrics } = ctx.config;
    const log = ctx.log.child({ component: 'temporal-sdk' });
    Runtime.install({
      logger: new DefaultLogger('WARN', ({ level, message, meta }) =>
        level === 'ERROR' ? log.error(meta ?? {}, message) : log.warn(meta ?? {}, message),
      ),
      telemetryOptions: {
        logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) },
        // The SDK's own Prometheus endpoint (/metrics): task latencies, slots, polls, activity durations by type.
        ...(metrics.port
          ? {
              metrics: {
                prometheus: {
                  bindAddress: `${metrics.host.includes(':') ? `[${metrics.host}]` : metrics.host}:${metrics.port}`,
                  useSecondsForDurations: true,
                },
              },
            }
          : {}),
      },
    });
    runtimeInstalled = true;
    if (metrics.port) workerSpeicherMelden(Runtime.instance().metricMeter);
  }
  const connection = await NativeConnection.connect({ address: ctx.config.temporalAddress });
  const { plan } = ctx.temporal;
  const transport = createMailTransport(requireSmtp(ctx.config));
  const activities = createActivities({
    db: ctx.db,
    blobs: ctx.blobs,
    mail: { transport, from: ctx.config.mailFrom },
    dmsImportDir: ctx.config.dmsImportDir,
    dmsExportDir: ctx.config.dmsExportDir,
    publicUrl: ctx.config.publicUrl,
    loeschfristen: ctx.config.loeschfristen,
    verwaistKarenzStunden: ctx.config.verwaistKarenzStunden,
    mailDir: path.join(ctx.config.dataDir, 'mails'),
    qrSchluessel: ctx.config.qrSchluessel,
    scanEinreichen: (dokument) => scanDokumentEinreichen(ctx, dokument),
  });
  const workflowSource = existsSync(prebuiltBundle)
    ? { workflowBundle: { codePath: prebuiltBundle } }
    : { workflowsPath: workflowsSource };
  const dataConverter = datenKonverter(ctx.config.temporalPayloadSchluessel);
  const workers: Worker[] = [];
  if (queues.includes('io')) {
    workers.push(
      await Worker.create({
        connection,
        namespace: plan.namespace.name,
        taskQueue: plan.taskQueues.io,
        dataConverter,
        ...workflowSource,
        activities,
        maxConcurrentWorkflowTaskExecutions: ctx.config.workflowTaskConcurrency,
        maxCachedWorkflows: ctx.config.workflowCache,
      }),
    );
  }
  if (queues.includes('pdf')) {
    workers.push(
      await Worker.create({
        connection,
        namespace: plan.namespace.name,
        taskQueue: plan.taskQueues.pdf,
        dataConverter,
        activities,
        maxConcurrentActivityTaskExecutions: ctx.config.pdfConcurrency,
      }),
    );
  }
  return {
    async run() {
      try {
        await Promise.all(workers.map((worker) => worker.run()));
      } finally {
        transport.close();
        await connection.close();
      }
    },
    shutdown() {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
    },
  };
}
