// Workflow task figures of finished workflows, from their histories: how long each task ran on the worker and how long it waited for one.
import proto from '@temporalio/proto';
import type { AppContext } from '../platform/context.js';
import { quantil } from './quantil.js';

const { EventType } = proto.temporal.api.enums.v1;
type Ereignis = proto.temporal.api.history.v1.IHistoryEvent;

export interface WorkflowTaskZahlen {
  workflow_tasks: number;
  /** WorkflowTaskStarted → Completed (or TimedOut/Failed): the task on the worker, local activities included. */
  laengster_ms: number;
  p95_ms: number;
  ueber_1s: number;
  zeitueberschreitungen: number;
  /** WorkflowTaskScheduled → Started: how long a task waited for the worker to poll it. */
  laengste_wartezeit_ms: number;
}

const ms = (e: Ereignis | undefined) =>
  e?.eventTime ? Number(e.eventTime.seconds ?? 0) * 1000 + Math.round((e.eventTime.nanos ?? 0) / 1e6) : NaN;

/** Every workflow task of the given workflows, measured from the event times the server recorded. */
export async function workflowTaskZahlen(ctx: AppContext, workflowIds: string[]): Promise<WorkflowTaskZahlen> {
  const dauern: number[] = [];
  const warten: number[] = [];
  let zeitueberschreitungen = 0;
  for (const id of workflowIds) {
    const events = (await ctx.temporal.client.workflow.getHandle(id).fetchHistory()).events ?? [];
    const nachId = new Map(events.map((e) => [Number(e.eventId), e]));
    for (const e of events) {
      if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED) {
        const geplant = nachId.get(Number(e.workflowTaskStartedEventAttributes?.scheduledEventId));
        warten.push(ms(e) - ms(geplant));
      }
      const startId =
        e.workflowTaskCompletedEventAttributes?.startedEventId ??
        e.workflowTaskTimedOutEventAttributes?.startedEventId ??
        e.workflowTaskFailedEventAttributes?.startedEventId;
      if (startId == null) continue;
      if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) zeitueberschreitungen++;
      dauern.push(ms(e) - ms(nachId.get(Number(startId))));
    }
  }
  const sortiert = [...dauern].sort((a, b) => a - b);
  return {
    workflow_tasks: sortiert.length,
    laengster_ms: Math.round(sortiert.at(-1) ?? 0),
    p95_ms: Math.round(sortiert.length ? quantil(sortiert, 0.95) : 0),
    ueber_1s: sortiert.filter((d) => d >= 1000).length,
    zeitueberschreitungen,
    laengste_wartezeit_ms: Math.round(Math.max(0, ...warten)),
  };
}
