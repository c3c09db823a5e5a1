// auskunftErstellen: makes the zip of one Auskunft in the background, then tells the client; retried until both hold.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { auskunftZipErstellen } = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});
const { auskunftMelden } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

export async function auskunftErstellen(input: {
  auskunftId: number;
}): Promise<{ bereit: boolean; gemeldet: boolean }> {
  const bereit = await auskunftZipErstellen(input);
  return { bereit, gemeldet: bereit && (await auskunftMelden(input)) };
}
