// scanStapelTrennung: one per accepted stack; splits it at its Trennblätter on the PDF queue, then wakes the delivery's
// scanStapel so it starts the new documents.
import { getExternalWorkflowHandle, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { lieferungGeaendertSignal } from './scan-stapel-nachrichten.js';

export interface ScanStapelTrennungInput {
  lieferungId: string;
  ab: number;
  sha256: string;
  pdfTaskQueue: string;
  /** The delivery's scanStapel, woken once the documents are there. */
  scanStapelId: string;
}

export async function scanStapelTrennung(input: ScanStapelTrennungInput): Promise<{ status: string }> {
  const { lieferungStapelTrennen } = proxyActivities<Activities>({
    taskQueue: input.pdfTaskQueue,
    // Every page is read: a long stack takes minutes; the heartbeat tells a lost worker apart from a busy one.
    startToCloseTimeout: '1 hour',
    heartbeatTimeout: '1 minute',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  });
  const { status } = await lieferungStapelTrennen({
    lieferungId: input.lieferungId,
    ab: input.ab,
    sha256: input.sha256,
  });
  if (status === 'getrennt')
    await getExternalWorkflowHandle(input.scanStapelId)
      .signal(lieferungGeaendertSignal)
      .catch(() => undefined);
  return { status };
}
