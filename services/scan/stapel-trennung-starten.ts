// Starts the workflow that splits one accepted stack on the PDF queue (once; a second start is the same one).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { AppContext } from '../../platform/context.js';
import { scanStapelTrennung } from '../../workflows/scan-stapel-trennung.js';
import { scanStapelId } from './scan-stapel-starten.js';

/** Delivery ids have no slash, so this never names a delivery's own scanStapel. */
export const stapelTrennungId = (lieferungId: string, ab: number) => `${scanStapelId(lieferungId)}/stapel/${ab}`;

/** True when this call started the split, false when it was already running (or done under this id). */
export async function stapelTrennungStarten(
  ctx: Pick<AppContext, 'temporal'>,
  stapel: { lieferung_id: string; ab: number; sha256: string },
): Promise<boolean> {
  try {
    await ctx.temporal.client.workflow.start(scanStapelTrennung, {
      workflowId: stapelTrennungId(stapel.lieferung_id, stapel.ab),
      taskQueue: ctx.temporal.plan.taskQueues.io,
      args: [
        {
          lieferungId: stapel.lieferung_id,
          ab: stapel.ab,
          sha256: stapel.sha256,
          pdfTaskQueue: ctx.temporal.plan.taskQueues.pdf,
          scanStapelId: scanStapelId(stapel.lieferung_id),
        },
      ],
    });
    return true;
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    return false;
  }
}
