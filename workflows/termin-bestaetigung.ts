// terminBestaetigung: sends the booking confirmation with calendar file and cancel/move link, retrying while mail is down; the token never enters history.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { terminBestaetigungSenden } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

export async function terminBestaetigung(input: { terminId: number; beginn: string }): Promise<{ gesendet: boolean }> {
  return { gesendet: await terminBestaetigungSenden(input) };
}
