// Baselines for workflow throughput on the same Temporal server, at the scan run's concurrency: bare workflows (one local
// activity), and workflows of a scan's shape with empty steps.
import { fork } from 'node:child_process';
import path from 'node:path';
import { Client } from '@temporalio/client';
import type { AppContext } from '../../platform/context.js';
import { cpuJeEinheit, cpuStand, type CpuJeArt, type CpuStand } from '../cpu-je-prozess.js';
import { latenzen, type Latenzen } from '../quantil.js';
import { workflowTaskZahlen, type WorkflowTaskZahlen } from '../workflow-tasks.js';
import { scanFormWorkflow } from './scan-form-workflow.js';
import { basisWorkflow } from './workflow.js';

export interface WorkflowBasis {
  workflows_pro_sekunde: number;
  gleichzeitig_offen: number;
  einlauf_s: number;
  messfenster_s: number;
  im_fenster_fertig: number;
  latenz: Latenzen;
  /** Busy CPU time of the whole machine in the window per finished workflow, and the same by kind of process. */
  cpu_ms_pro_workflow: number;
  cpu_ms_pro_workflow_je_prozess: CpuJeArt;
  /** The workflow tasks of the bare workflows finished in the window: the baseline of the pipeline's task figures. */
  workflow_tasks: WorkflowTaskZahlen;
}

/**
 * Starts a worker process for the baseline workflows and keeps `offen` of one kind running, as the scan run keeps
 * documents open: `bare` (one local activity) or `scanForm` (one activity, six local ones in two rounds, as a scan up
 * to its Weiterleitung).
 */
export async function workflowBasisMessen(
  ctx: AppContext,
  env: Record<string, string | undefined>,
  { offen, einlaufMs, messMs }: { offen: number; einlaufMs: number; messMs: number },
  art: 'bare' | 'scanForm' = 'bare',
  /** Workflow tasks the baseline worker runs at once; unset, the SDK's default. */
  workflowTasks?: number,
): Promise<WorkflowBasis> {
  const taskQueue = `bench-basis-${Date.now()}`;
  const worker = fork(path.join(import.meta.dirname, 'worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...env,
      BASIS_TASK_QUEUE: taskQueue,
      BASIS_NAMESPACE: ctx.temporal.plan.namespace.name,
      ...(workflowTasks && { BASIS_WORKFLOW_TASKS: String(workflowTasks) }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('exit', (code) => reject(new Error(`baseline worker exited with ${code}`)));
    });
    const start = Date.now();
    const fensterAnfang = start + einlaufMs;
    const fensterEnde = fensterAnfang + messMs;
    const fertig: Array<{ id: string; dauer: number; ende: number }> = [];
    // A bare client: no payload codec, like the baseline worker (the platform's client encrypts every payload).
    const client = new Client({ connection: ctx.temporal.connection, namespace: ctx.temporal.plan.namespace.name });
    let n = 0;
    const einer = async () => {
      while (Date.now() < fensterEnde) {
        const anfang = Date.now();
        const id = `basis-${taskQueue}-${n++}`;
        await client.workflow.execute(art === 'bare' ? basisWorkflow : scanFormWorkflow, {
          taskQueue,
          workflowId: id,
          args: [id],
        });
        fertig.push({ id, dauer: Date.now() - anfang, ende: Date.now() });
      }
    };
    const bei = (zeit: number) =>
      new Promise<CpuStand>((resolve, reject) => setTimeout(() => cpuStand().then(resolve, reject), zeit - Date.now()));
    const [, cpuAnfang, cpuEnde] = await Promise.all([
      Promise.all(Array.from({ length: offen }, einer)),
      bei(fensterAnfang),
      bei(fensterEnde),
    ]);
    const imFenster = fertig.filter((f) => f.ende >= fensterAnfang && f.ende < fensterEnde);
    const cpu = cpuJeEinheit(cpuAnfang, cpuEnde, imFenster.length);
    return {
      workflows_pro_sekunde: Number((imFenster.length / (messMs / 1000)).toFixed(1)),
      gleichzeitig_offen: offen,
      einlauf_s: einlaufMs / 1000,
      messfenster_s: messMs / 1000,
      im_fenster_fertig: imFenster.length,
      latenz: latenzen(imFenster.map((f) => f.dauer)),
      cpu_ms_pro_workflow: cpu.gesamt,
      cpu_ms_pro_workflow_je_prozess: cpu.jeProzess,
      workflow_tasks: await workflowTaskZahlen(
        ctx,
        imFenster.map((f) => f.id),
      ),
    };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((resolve) => (worker.exitCode === null ? worker.once('exit', resolve) : resolve(null)));
  }
}
