// "Passwort vergessen" and partner invitations: sends the single-use link, retrying while the mail server is down; the token never enters history.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { PasswortLinkAnfrage } from '../domain/passwort-link.js';

const { passwortLinkSenden: senden } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

export async function passwortLinkSenden(input: PasswortLinkAnfrage): Promise<{ gesendet: boolean }> {
  return { gesendet: await senden(input) };
}
