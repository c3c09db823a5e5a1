// A worker serving only the pdf queue runs at a lower CPU priority: on a machine it shares with the workflow worker, the
// Temporal server and PostgreSQL, its image and PDF work then takes the CPU they leave, and workflow tasks do not wait
// behind it. Across containers a nice level has no effect (each has its own CPU group): compose gives CPU shares.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import type { Queue } from './create-workers.js';

/** The nice level for a worker serving `queues`: `nice` for one that serves only the pdf queue, else none. */
export function niceFuer(queues: readonly Queue[], nice: number): number | undefined {
  return queues.length === 1 && queues[0] === 'pdf' && nice > 0 ? nice : undefined;
}

/** The threads of this process; on Linux a nice level belongs to each thread, not to the process. */
function threads(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}

/**
 * Lowers this process's priority to `nice`: every thread it has now (the thread pool, the SDK's runtime), and the ones
 * they start later inherit it. Never raises it (that would need privileges). Returns the main thread's level.
 */
export function prioritaetSenken(nice: number): number {
  for (const thread of threads())
    try {
      if (getPriority(thread) < nice) setPriority(thread, nice);
    } catch {
      // The thread ended in between.
    }
  return getPriority(0);
}
