// Second workflow baseline: the orchestration of a scan up to its Weiterleitung with empty steps. One activity on the
// task queue (scanAufbereiten), then local activities as the scan takes them: aufbereitet, ablegen, three side by side
// after filing (abgelegt, clean-up, responsible people), weitergeleitet, the team's notice.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { BasisAktivitaeten } from './workflow.js';

const { echo: aktivitaet } = proxyActivities<BasisAktivitaeten>({ startToCloseTimeout: '1 minute' });
const { echo } = proxyLocalActivities<BasisAktivitaeten>({ startToCloseTimeout: '10 seconds' });

export async function scanFormWorkflow(wert: string): Promise<string> {
  await aktivitaet(wert);
  await echo(wert);
  await echo(wert);
  await Promise.all([echo(wert), echo(wert), echo(wert)]);
  await echo(wert);
  return echo(wert);
}
