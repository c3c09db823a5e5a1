// Baseline worker process for the bench: serves the baseline workflows on their own task queue of the bench's Temporal server.
import { NativeConnection, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import type { BasisAktivitaeten } from './workflow.js';

Runtime.install({ telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } } });
const aktivitaeten: BasisAktivitaeten = { echo: async (wert) => wert };
const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
const worker = await Worker.create({
  connection,
  namespace: process.env.BASIS_NAMESPACE!,
  taskQueue: process.env.BASIS_TASK_QUEUE!,
  workflowsPath: new URL('./workflows.ts', import.meta.url).pathname,
  activities: aktivitaeten,
  // The scan-shaped baseline runs with the io worker's slots; the bare one with the SDK's default.
  ...(process.env.BASIS_WORKFLOW_TASKS && {
    maxConcurrentWorkflowTaskExecutions: Number(process.env.BASIS_WORKFLOW_TASKS),
  }),
});
process.once('SIGTERM', () => worker.shutdown());
const laeuft = worker.run();
process.send?.('bereit');
await laeuft;
await connection.close();
