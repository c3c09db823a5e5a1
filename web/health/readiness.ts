// Readiness of the parts the platform depends on: PostgreSQL, Temporal, a worker polling each task queue and the blob store, each with a short deadline.
import proto from '@temporalio/proto';
import type { AppContext } from '../../platform/context.js';

export interface Readiness {
  ready: boolean;
  teile: Record<'datenbank' | 'temporal' | 'worker' | 'blobs', 'ok' | string>;
}

const DEADLINE_MS = 2000;
/**
 * A worker long-polls each queue and polls again at the latest when the server ends an idle poll after a minute;
 * a queue whose last poll is older than this has no live worker.
 */
export const POLLER_MAX_AGE_MS = 90_000;

const { TASK_QUEUE_TYPE_WORKFLOW, TASK_QUEUE_TYPE_ACTIVITY } = proto.temporal.api.enums.v1.TaskQueueType;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${DEADLINE_MS} ms`)), DEADLINE_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const outcome = (result: PromiseSettledResult<unknown>) =>
  result.status === 'fulfilled' ? 'ok' : String((result.reason as Error)?.message ?? result.reason).split('\n')[0]!;

/** Asks Temporal which task queues had no poll within POLLER_MAX_AGE_MS: workflow and I/O tasks on `io`, CPU tasks on `pdf`. */
async function queuesWithoutWorker(ctx: Pick<AppContext, 'temporal'>): Promise<string[]> {
  const { probe, plan } = ctx.temporal;
  const wanted = [
    { name: plan.taskQueues.io, type: TASK_QUEUE_TYPE_WORKFLOW, what: 'workflows' },
    { name: plan.taskQueues.io, type: TASK_QUEUE_TYPE_ACTIVITY, what: 'activities' },
    { name: plan.taskQueues.pdf, type: TASK_QUEUE_TYPE_ACTIVITY, what: 'activities' },
  ];
  const since = Date.now() - POLLER_MAX_AGE_MS;
  const answers = await probe.withDeadline(Date.now() + DEADLINE_MS, () =>
    Promise.all(
      wanted.map((queue) =>
        probe.workflowService.describeTaskQueue({
          namespace: plan.namespace.name,
          taskQueue: { name: queue.name },
          taskQueueType: queue.type,
        }),
      ),
    ),
  );
  return wanted
    .filter(
      (_, i) =>
        !(answers[i]!.pollers ?? []).some((poller) => Number(poller.lastAccessTime?.seconds ?? 0) * 1000 >= since),
    )
    .map((queue) => `${queue.name} (${queue.what})`);
}

async function workerState(ctx: Pick<AppContext, 'temporal'>): Promise<void> {
  const missing = await queuesWithoutWorker(ctx);
  if (missing.length > 0) throw new Error(`no worker polls task queue ${missing.join(', ')}`);
}

export async function checkReadiness(ctx: Pick<AppContext, 'db' | 'temporal' | 'blobs'>): Promise<Readiness> {
  const connection = ctx.temporal.probe;
  const [datenbank, temporal, worker, blobs] = await Promise.allSettled([
    withTimeout(ctx.db.raw('select 1'), 'PostgreSQL'),
    withTimeout(
      connection.withDeadline(Date.now() + DEADLINE_MS, () => connection.workflowService.getSystemInfo({})),
      'Temporal',
    ),
    withTimeout(workerState(ctx), 'Temporal (task queues)'),
    withTimeout(ctx.blobs.erreichbar(), 'blob store'),
  ]);
  const teile = {
    datenbank: outcome(datenbank),
    temporal: outcome(temporal),
    worker: temporal.status === 'rejected' ? 'unknown while Temporal does not answer' : outcome(worker),
    blobs: outcome(blobs),
  };
  return { ready: Object.values(teile).every((teil) => teil === 'ok'), teile };
}
