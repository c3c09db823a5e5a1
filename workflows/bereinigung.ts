// Nightly housekeeping (schedule in temporal.yaml): delete expired sessions and expired Idempotency-Keys of the API.
import { patched, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { abgelaufeneSitzungenLoeschen, abgelaufeneIdempotenzSchluesselLoeschen } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
});

export async function bereinigung(): Promise<{ sitzungen: number; idempotenzSchluessel?: number }> {
  const sitzungen = await abgelaufeneSitzungenLoeschen();
  if (!patched('bereinigung-idempotenz-schluessel')) return { sitzungen };
  return { sitzungen, idempotenzSchluessel: await abgelaufeneIdempotenzSchluesselLoeschen() };
}
