// Nightly housekeeping (schedule in temporal.yaml): delete expired sessions.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { abgelaufeneSitzungenLoeschen } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });

export async function bereinigung(): Promise<{ sitzungen: number }> {
  return { sitzungen: await abgelaufeneSitzungenLoeschen() };
}
