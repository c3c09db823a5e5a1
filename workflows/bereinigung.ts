// Nightly Löschlauf (schedule in temporal.yaml): deletes, class by class and in batches, what the Löschkonzept says is due.
import { continueAsNew, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { datenklassen, type Datenklasse } from '../domain/loeschkonzept.js';

/** The 1.0 run deleted expired sessions only. */
const { abgelaufeneSitzungenLoeschen } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
/** Each batch is idempotent (rows and their blob keys leave in one transaction, blobs after): retried until it succeeds. */
const loeschung = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/** Deleted per data class in one run, and the machine API's expired Idempotency-Keys. */
export type Loeschbericht = Partial<Record<Datenklasse | 'idempotenz_schluessel', number>>;

export interface Loeschlauf {
  /** The instant the Löschfristen count back from; default the workflow's clock. */
  jetzt?: string;
  /** Rows (or files) per batch. */
  limit?: number;
  /** Carried over continue-as-new: counts so far, the class to go on with, the run's id for its audit entry. */
  anzahl?: Loeschbericht;
  ab?: Datenklasse;
  lauf?: string;
}

export async function bereinigung(auftrag: Loeschlauf = {}): Promise<Loeschbericht | { sitzungen: number }> {
  // Runs started on 1.0 (history bereinigung.json) keep its one step; remove with the patch lifecycle in the README.
  if (!patched('loeschkonzept')) return { sitzungen: await abgelaufeneSitzungenLoeschen() };
  const info = workflowInfo();
  const jetzt = auftrag.jetzt ?? new Date().toISOString();
  const limit = auftrag.limit ?? 500;
  const lauf = auftrag.lauf ?? `${info.workflowId}/${info.runId}`;
  const anzahl: Loeschbericht = { ...auftrag.anzahl };
  // First the blobs a run that died midway recorded but did not delete.
  if (!auftrag.ab) while ((await loeschung.loeschBlobsAbarbeiten({ limit })) === limit);
  // Runs recorded before the Bewerbungsmappe (history bereinigung-loeschkonzept.json) keep their classes.
  const klassen: readonly Datenklasse[] = patched('bewerbungsmappe')
    ? datenklassen
    : datenklassen.filter((k) => k !== 'bewerbungsmappe');
  for (const klasse of klassen.slice(auftrag.ab ? klassen.indexOf(auftrag.ab) : 0)) {
    // Runs recorded before the Auskunft existed (history bereinigung-loeschkonzept.json) end after the audit log.
    if (klasse === 'auskunft' && !patched('auskunft')) continue;
    for (;;) {
      const geloescht = await loeschung.loeschen({ klasse, jetzt, limit });
      anzahl[klasse] = (anzahl[klasse] ?? 0) + geloescht;
      if (geloescht < limit) break;
      if (workflowInfo().continueAsNewSuggested)
        return continueAsNew<typeof bereinigung>({ jetzt, limit, anzahl, ab: klasse, lauf });
    }
  }
  anzahl.idempotenz_schluessel = await loeschung.abgelaufeneIdempotenzSchluesselLoeschen({ jetzt });
  await loeschung.loeschlaufProtokollieren({ lauf, jetzt, anzahl });
  return anzahl;
}
