// The worker processes of one host: workflows with I/O activities in one, CPU-heavy image and PDF work in another.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildSpec } from '../platform/dev/supervisor.js';
import type { Queue } from './create-workers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Image conversion and PDF merging block an event loop for seconds; a workflow task waiting behind them exceeds its
 * deadline. So the process that serves the `pdf` queue runs no workflows, and the workflow process does no CPU work.
 */
export const workerRollen: ReadonlyArray<{ name: string; queues: Queue[] }> = [
  { name: 'worker', queues: ['io'] },
  { name: 'worker-pdf', queues: ['pdf'] },
];

/**
 * glibc's default of one malloc arena per thread inflates the image worker's memory; two arenas keep it bounded. Its
 * mmap threshold would grow after libvips frees a large buffer, so later ones came from the heap and stayed resident
 * (a 100-megapixel PNG after another: 552 MB); a fixed threshold hands them back to the system when freed.
 */
export const workerSpeicherUmgebung = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' } as const;

/** One child per role, each with its own WORKER_QUEUES; with a metrics port the roles take it and the ports after it. */
export function workerKinder(env: NodeJS.ProcessEnv, metricsPort?: number): ChildSpec[] {
  return workerRollen.map((rolle, i) => ({
    name: rolle.name,
    args: ['--import', 'tsx', path.join(root, 'bin', 'worker.ts')],
    env: {
      ...workerSpeicherUmgebung,
      ...env,
      WORKER_QUEUES: rolle.queues.join(','),
      ...(metricsPort === undefined ? {} : { METRICS_PORT: String(metricsPort + 1 + i) }),
    },
  }));
}
