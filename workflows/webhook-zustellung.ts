// webhookZustellung: one per webhook subscription; delivers the event log to the receiver in order until the subscription is deleted.
//
// How it learns of new events: its activity polls the event log (an indexed read every 200 ms, heartbeating) and
// returns once it has delivered what it found, or after about a minute without news. A signal from the recording
// transaction was the alternative; it was not chosen because the recorders (web requests, activities) would need a
// Temporal client inside their transaction, a signal sent before commit could announce an event that rolls back, and
// one sent after commit is lost when the process dies then — so polling would be needed as a safety net anyway.
// The cursor lives in the subscription's row (zugestellt_bis), moved after each acknowledged delivery: a retry, a
// continue-as-new or a restarted worker resume after the last acknowledged event. Delivery is at least once: an event
// whose acknowledgement got lost is delivered again, with the same Webhook-Id.
import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';

export interface WebhookZustellungInput {
  webhookId: string;
  /** Rounds before continue-as-new; fewer only in tests. */
  runden?: number;
}

/** A receiver that is down gets attempts after 1, 2, 4 … seconds, then every 5 minutes, for as long as it takes. */
const { webhookZustellen } = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Rounds per run: each adds six events to the history (about 1,200 per run); then the run continues as a new one. */
const RUNDEN = 200;

export async function webhookZustellung(input: WebhookZustellungInput): Promise<void> {
  for (let runde = 0; runde < (input.runden ?? RUNDEN); runde++) {
    if ((await webhookZustellen({ webhookId: input.webhookId })) === 'geloescht') return;
    if (workflowInfo().continueAsNewSuggested) break;
  }
  await continueAsNew<typeof webhookZustellung>(input);
}
