// Baseline workflow for the bench: nothing but one trivial local activity, the least a workflow can do on this server.
import { proxyLocalActivities } from '@temporalio/workflow';

export interface BasisAktivitaeten {
  echo(wert: string): Promise<string>;
}

const { echo } = proxyLocalActivities<BasisAktivitaeten>({ startToCloseTimeout: '10 seconds' });

export async function basisWorkflow(wert: string): Promise<string> {
  return echo(wert);
}
