// Starts a delivery's scanStapel workflow (once), and tells it when the delivery changed so it need not wait for its next look.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { AppContext } from '../../platform/context.js';
import { scanStapel, type ScanStapelInput } from '../../workflows/scan-stapel.js';
import { lieferungGeaendertSignal } from '../../workflows/scan-stapel-nachrichten.js';

export const scanStapelId = (lieferungId: string) => `scan-lieferung-${lieferungId}`;

export async function scanStapelStarten(ctx: AppContext, input: ScanStapelInput): Promise<void> {
  try {
    await ctx.temporal.client.workflow.start(scanStapel, {
      workflowId: scanStapelId(input.lieferungId),
      taskQueue: ctx.temporal.plan.taskQueues.io,
      args: [input],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/** Best effort: the workflow looks again on its own within its beat. */
export async function scanStapelWecken(ctx: AppContext, lieferungId: string): Promise<void> {
  await ctx.temporal.client.workflow
    .getHandle(scanStapelId(lieferungId))
    .signal(lieferungGeaendertSignal)
    .catch((error: unknown) => ctx.log.warn({ lieferungId, err: error }, 'scanStapel not signalled'));
}
