// Second workflow baseline: the orchestration of a scan up to its Weiterleitung with empty steps. One activity on the
// task queue (scanAufbereiten), then local activities in the rounds the scan takes them: aufbereitet beside the
// responsible people and ablegen, then abgelegt and weitergeleitet (one activity) beside the clean-up and the team's
// notice.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { BasisAktivitaeten } from './workflow.js';

const { echo: aktivitaet } = proxyActivities<BasisAktivitaeten>({ startToCloseTimeout: '1 minute' });
const { echo } = proxyLocalActivities<BasisAktivitaeten>({ startToCloseTimeout: '10 seconds' });

export async function scanFormWorkflow(wert: string): Promise<string> {
  await aktivitaet(wert);
  await Promise.all([echo(wert), echo(wert), echo(wert)]);
  const [ergebnis] = await Promise.all([echo(wert), echo(wert), echo(wert)]);
  return ergebnis;
}
