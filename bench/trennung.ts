// Same run, two worker arrangements for the 20-photo submission: one process for everything (before) and workflow and PDF workers apart (now).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import proto from '@temporalio/proto';
import { parse, stringify } from 'yaml';
import { workerRollen } from '../bin/worker-prozesse.js';
import type { AppContext } from '../platform/context.js';
import { einreichenUndMessen, handyfoto, spitzenspeicherMb, warteAufAblage } from './pipeline.js';
import { workflowTaskZahlen, type WorkflowTaskZahlen } from './workflow-tasks.js';

const root = path.resolve(import.meta.dirname, '..');
/** Terminal colour codes in the SDK core's log lines. */
const FARBEN = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const { TASK_QUEUE_TYPE_WORKFLOW, TASK_QUEUE_TYPE_ACTIVITY } = proto.temporal.api.enums.v1.TaskQueueType;

export const anordnungen = {
  ein_prozess: ['io,pdf'],
  getrennt: workerRollen.map((rolle) => rolle.queues.join(',')),
} as const;
type Anordnung = keyof typeof anordnungen;

export interface TrennungsRunde extends WorkflowTaskZahlen {
  anordnung: Anordnung;
  zwanzig_fotos_ms: number;
  spitzenspeicher_mb: number[];
  /** The SDK's own measure (from the worker's receipt of a task to its completion, local activities included), over 5 s only. */
  sdk_warnungen_ueber_5s_ms: number[];
}

async function warteAufPoller(ctx: AppContext, queues: { io: string; pdf: string }): Promise<void> {
  const gesucht = [
    { name: queues.io, taskQueueType: TASK_QUEUE_TYPE_WORKFLOW },
    { name: queues.pdf, taskQueueType: TASK_QUEUE_TYPE_ACTIVITY },
  ];
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const antworten = await Promise.all(
      gesucht.map(({ name, taskQueueType }) =>
        ctx.temporal.connection.workflowService.describeTaskQueue({
          namespace: ctx.temporal.plan.namespace.name,
          taskQueue: { name },
          taskQueueType,
        }),
      ),
    );
    if (antworten.every((a) => (a.pollers ?? []).length > 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('worker processes did not poll within 15 minutes');
}

/** Waits until the documents were routed, so the histories hold every workflow task up to waiting for staff. */
async function warteAufWeiterleitung(ctx: AppContext, nummern: string[]): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const offen = await ctx
      .db('eingangsdokumente')
      .whereIn('eingangsnummer', nummern)
      .whereNot('status', 'weitergeleitet')
      .count<[{ count: string }]>('* as count');
    if (Number(offen[0]?.count) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('documents not routed within 2 minutes');
}

interface Aufstellung {
  anordnung: Anordnung;
  queues: { io: string; pdf: string };
  prozesse: ChildProcess[];
  /** What the SDK reported about slow workflow tasks (TMPRL1104, over 5 s), in milliseconds, as it arrived. */
  sdkWarnungen: number[];
}

/** Starts an arrangement's worker processes on task queues of its own (both arrangements idle side by side between rounds). */
async function aufstellen(ctx: AppContext, env: NodeJS.ProcessEnv, anordnung: Anordnung): Promise<Aufstellung> {
  const id = randomBytes(4).toString('hex');
  const queues = { io: `vergleich-${id}`, pdf: `vergleich-pdf-${id}` };
  const plan = parse(await readFile(path.join(root, 'temporal.yaml'), 'utf8'));
  const planDatei = path.join(String(env.DATA_DIR), `temporal-${id}.yaml`);
  await writeFile(planDatei, stringify({ ...plan, taskQueues: queues }));
  const sdkWarnungen: number[] = [];
  const prozesse = anordnungen[anordnung].map((q) => {
    const kind = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'worker.ts')], {
      env: { MALLOC_ARENA_MAX: '2', ...env, WORKER_QUEUES: q, TEMPORAL_CONFIG: planDatei },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    // The SDK core writes its own warnings to stderr; "workflow task duration exceeded 5 seconds" carries the duration.
    kind.stderr!.on('data', (teil: Buffer) => {
      process.stderr.write(teil);
      for (const m of teil
        .toString()
        .replace(FARBEN, '')
        .matchAll(/workflow_task_duration=(\d+)/g))
        sdkWarnungen.push(Number(m[1]));
    });
    return kind;
  });
  return { anordnung, queues, prozesse, sdkWarnungen };
}

async function runde(
  ctx: AppContext,
  { anordnung, queues, prozesse, sdkWarnungen }: Aufstellung,
  fotos: { warm: Buffer[]; zwanzig: Buffer[] },
): Promise<TrennungsRunde> {
  const bisher = ctx.temporal.plan.taskQueues;
  ctx.temporal.plan.taskQueues = queues;
  const warnungenVorher = sdkWarnungen.length;
  try {
    const warm = await einreichenUndMessen(ctx, 'Kontoauszüge', fotos.warm);
    await warteAufAblage(ctx, [warm.eingangsnummer], 300_000);
    const { eingangsnummer, angenommen } = await einreichenUndMessen(ctx, 'Sonstiges', fotos.zwanzig);
    const abgelegt = await warteAufAblage(ctx, [eingangsnummer], 300_000);
    await warteAufWeiterleitung(ctx, [eingangsnummer]);
    return {
      anordnung,
      zwanzig_fotos_ms: abgelegt.get(eingangsnummer)!.getTime() - angenommen,
      ...(await workflowTaskZahlen(ctx, [eingangsnummer])),
      spitzenspeicher_mb: await Promise.all(prozesse.map((p) => spitzenspeicherMb(p.pid!))),
      sdk_warnungen_ueber_5s_ms: sdkWarnungen.slice(warnungenVorher),
    };
  } finally {
    ctx.temporal.plan.taskQueues = bisher;
  }
}

/** Alternating rounds (before, now, before, now …) so a warmer machine favours neither arrangement. */
export async function trennungMessen(ctx: AppContext, env: NodeJS.ProcessEnv, runden: number) {
  console.log('worker arrangements: one process for everything, and workflow and PDF workers apart …');
  const fotos = {
    warm: await Promise.all([1, 2, 3].map(handyfoto)),
    zwanzig: await Promise.all(Array.from({ length: 20 }, (_, i) => handyfoto(i))),
  };
  const ergebnisse: TrennungsRunde[] = [];
  const aufstellungen: Aufstellung[] = [];
  try {
    // One after the other: each io worker bundles the workflows at start, which is slow on a busy machine.
    for (const anordnung of Object.keys(anordnungen) as Anordnung[]) {
      const aufstellung = await aufstellen(ctx, env, anordnung);
      aufstellungen.push(aufstellung);
      await warteAufPoller(ctx, aufstellung.queues);
    }
    for (let i = 0; i < runden; i++)
      for (const aufstellung of aufstellungen) {
        console.log(`20 photos, worker processes ${anordnungen[aufstellung.anordnung].join(' + ')} (round ${i + 1}) …`);
        ergebnisse.push(await runde(ctx, aufstellung, fotos));
      }
  } finally {
    const alle = aufstellungen.flatMap((a) => a.prozesse);
    for (const p of alle) p.kill('SIGTERM');
    await Promise.all(alle.map((p) => new Promise((r) => (p.exitCode === null ? p.once('exit', r) : r(null)))));
  }
  const zusammen = (anordnung: Anordnung) => {
    const eigene = ergebnisse.filter((r) => r.anordnung === anordnung);
    return {
      worker_prozesse: anordnungen[anordnung],
      laengster_workflow_task_ms: Math.max(...eigene.map((r) => r.laengster_ms)),
      laengste_wartezeit_ms: Math.max(...eigene.map((r) => r.laengste_wartezeit_ms)),
      workflow_tasks_ueber_1s: eigene.reduce((s, r) => s + r.ueber_1s, 0),
      sdk_warnungen_ueber_5s_ms: eigene.flatMap((r) => r.sdk_warnungen_ueber_5s_ms),
      zwanzig_fotos_ms: eigene.map((r) => r.zwanzig_fotos_ms),
    };
  };
  const vorher = zusammen('ein_prozess');
  const jetzt = zusammen('getrennt');
  return {
    ziel: 'laengster Workflow-Task < 1000 ms',
    vorher_ein_prozess: vorher,
    jetzt_getrennt: jetzt,
    verhaeltnis_laengster_task: Number(
      (jetzt.laengster_workflow_task_ms / vorher.laengster_workflow_task_ms).toFixed(3),
    ),
    runden: ergebnisse,
  };
}
