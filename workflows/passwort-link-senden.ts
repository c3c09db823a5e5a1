// "Passwort vergessen": sends the single-use link, retrying while the mail server is down; the token never enters history.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

const { passwortLinkSenden: senden } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

export async function passwortLinkSenden(input: { kundennummer: string; anfrage: string }): Promise<{ gesendet: boolean }> {
  return { gesendet: await senden(input) };
}
