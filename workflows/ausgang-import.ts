// ausgangImport (nightly schedule): every letter in the DMS export becomes a dokumentAusgang; bad index files are reported.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { ImportErgebnis } from '../activities/ausgang-import.js';
import { dokumentAusgang } from './dokument-ausgang.js';

const io = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes' },
});

export async function ausgangImport(): Promise<{
  importiert: string[];
  abgelehnt: Array<{ datei: string; fehler: string }>;
}> {
  const importiert: string[] = [];
  const abgelehnt: Array<{ datei: string; fehler: string }> = [];
  for (const datei of await io.ausgangExportLesen()) {
    const ergebnis: ImportErgebnis = await io.ausgangImportieren({ datei });
    if ('fehler' in ergebnis) {
      abgelehnt.push(ergebnis);
      continue;
    }
    try {
      // The letter's own workflow outlives this import run.
      await startChild(dokumentAusgang, {
        workflowId: ergebnis.ausgangsnummer,
        args: [{ ausgangsnummer: ergebnis.ausgangsnummer }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    importiert.push(ergebnis.ausgangsnummer);
  }
  return { importiert, abgelehnt };
}
