// Starts the confirmation mail of a booked (or moved) appointment; one workflow per appointment time.
import type { AppContext } from '../../platform/context.js';
import { terminBestaetigung } from '../../workflows/termin-bestaetigung.js';

export async function terminBestaetigungStarten(
  app: AppContext,
  termin: { terminId: number; schluessel: string; beginn: Date },
): Promise<void> {
  const beginn = termin.beginn.toISOString();
  await app.temporal.client.workflow.start(terminBestaetigung, {
    workflowId: `termin-bestaetigung-${termin.schluessel}-${beginn}`,
    taskQueue: app.temporal.plan.taskQueues.io,
    args: [{ terminId: termin.terminId, beginn }],
  });
}
