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
  /** With a run-in given: the longest task, p95 and the tasks over 1 s among those that ended after it (the steady state). */
  nach_einlauf?: { laengster_ms: number; p95_ms: number; ueber_1s: number };
  /** The five longest tasks: which workflow, the event that completed them, how long after the first start of the measured workflows, and how many local activities they recorded. */
  laengste: Array<{
    workflow: string;
    ereignis: number;
    ms: number;
    nach_start_ms: number;
    lokale_aktivitaeten: number;
  }>;
}

const ms = (e: Ereignis | undefined) =>
  e?.eventTime ? Number(e.eventTime.seconds ?? 0) * 1000 + Math.round((e.eventTime.nanos ?? 0) / 1e6) : NaN;

/** Every workflow task of the given workflows, measured from the event times the server recorded. */
export async function workflowTaskZahlen(
  ctx: AppContext,
  workflowIds: string[],
  einlaufEnde?: number,
): Promise<WorkflowTaskZahlen> {
  const warten: number[] = [];
  const tasks: Array<{ workflow: string; ereignis: number; ms: number; ende: number; lokale_aktivitaeten: number }> =
    [];
  let ersterStart = Infinity;
  let zeitueberschreitungen = 0;
  for (const id of workflowIds) {
    const events = (await ctx.temporal.client.workflow.getHandle(id).fetchHistory()).events ?? [];
    const nachId = new Map(events.map((e) => [Number(e.eventId), e]));
    ersterStart = Math.min(ersterStart, ms(events[0]));
    for (const [i, e] of events.entries()) {
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
      const dauer = ms(e) - ms(nachId.get(Number(startId)));
      // The task's commands follow it up to the next task; its local activities are among them as markers.
      let marker = 0;
      for (let j = i + 1; j < events.length; j++) {
        const art = events[j]!.eventType;
        if (art === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED || art === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED)
          break;
        if (art === EventType.EVENT_TYPE_MARKER_RECORDED) marker++;
      }
      tasks.push({ workflow: id, ereignis: Number(e.eventId), ms: dauer, ende: ms(e), lokale_aktivitaeten: marker });
    }
  }
  const aufsteigend = (auswahl: typeof tasks) => auswahl.map((task) => task.ms).sort((a, b) => a - b);
  const sortiert = aufsteigend(tasks);
  const spaeter = einlaufEnde === undefined ? [] : aufsteigend(tasks.filter((task) => task.ende >= einlaufEnde));
  const laengste = tasks
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ ende, ...task }) => ({ ...task, ms: Math.round(task.ms), nach_start_ms: Math.round(ende - ersterStart) }));
  return {
    workflow_tasks: sortiert.length,
    laengster_ms: Math.round(sortiert.at(-1) ?? 0),
    p95_ms: Math.round(sortiert.length ? quantil(sortiert, 0.95) : 0),
    ueber_1s: sortiert.filter((d) => d >= 1000).length,
    zeitueberschreitungen,
    laengste_wartezeit_ms: Math.round(Math.max(0, ...warten)),
    ...(einlaufEnde !== undefined && {
      nach_einlauf: {
        laengster_ms: Math.round(spaeter.at(-1) ?? 0),
        p95_ms: Math.round(spaeter.length ? quantil(spaeter, 0.95) : 0),
        ueber_1s: spaeter.filter((d) => d >= 1000).length,
      },
    }),
    laengste,
  };
}
