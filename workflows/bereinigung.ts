// Nightly Löschlauf (schedule in temporal.yaml): deletes, class by class and in batches, what the Löschkonzept says is due.
import { continueAsNew, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { datenklassen, type Datenklasse } from '../domain/loeschkonzept.js';

/** Classes added after the runs recorded in bereinigung-loeschkonzept.json. */
const weitereKlassen: readonly Datenklasse[] = [
  'anmeldeversuch',
  'benachrichtigung',
  'barriere_rueckmeldung',
  'termin',
  'ereignis',
  'geteilt',
];

/** The 1.0 run deleted expired sessions only. */
const { abgelaufeneSitzungenLoeschen } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
/** Each batch is idempotent (rows and their blob keys leave in one transaction, blobs after): retried until it succeeds. */
const loeschung = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/** Deleted per data class in one run, the machine API's expired Idempotency-Keys, and blobs no row referred to. */
export type Loeschbericht = Partial<Record<Datenklasse | 'idempotenz_schluessel' | 'verwaiste_blobs', number>>;

export interface Loeschlauf {
  /** The instant the Löschfristen count back from; default the workflow's clock. */
  jetzt?: string;
  /** Rows (or files) per batch. */
  limit?: number;
  /** Carried over continue-as-new: counts so far, the class to go on with, the run's id for its audit entry. */
  anzahl?: Loeschbericht;
  ab?: Datenklasse;
  lauf?: string;
  /** Set once the classes are done: the last blob key the orphan sweep looked at ('' before the first). */
  verwaistNach?: string;
}

export async function bereinigung(auftrag: Loeschlauf = {}): Promise<Loeschbericht | { sitzungen: number }> {
  // Runs started on 1.0 (history bereinigung.json) keep its one step; remove with the patch lifecycle in the README.
  if (!patched('loeschkonzept')) return { sitzungen: await abgelaufeneSitzungenLoeschen() };
  const info = workflowInfo();
  const jetzt = auftrag.jetzt ?? new Date().toISOString();
  const limit = auftrag.limit ?? 500;
  const lauf = auftrag.lauf ?? `${info.workflowId}/${info.runId}`;
  const anzahl: Loeschbericht = { ...auftrag.anzahl };
  const imSweep = auftrag.verwaistNach !== undefined;
  // First the blobs a run that died midway recorded but did not delete.
  if (!auftrag.ab && !imSweep) while ((await loeschung.loeschBlobsAbarbeiten({ limit })) === limit);
  // Runs recorded before the Bewerbungsmappe (history bereinigung-loeschkonzept.json) keep their classes.
  let klassen: readonly Datenklasse[] = patched('bewerbungsmappe')
    ? datenklassen
    : datenklassen.filter((k) => k !== 'bewerbungsmappe');
  // Runs recorded before these classes joined the Löschkonzept end without them.
  if (!patched('weitere-datenklassen')) klassen = klassen.filter((k) => !weitereKlassen.includes(k));
  for (const klasse of imSweep ? [] : klassen.slice(auftrag.ab ? klassen.indexOf(auftrag.ab) : 0)) {
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
  // Then blobs no row refers to, past their grace period; runs recorded before the sweep end without it.
  if (patched('verwaiste-blobs'))
    for (let nach = auftrag.verwaistNach ?? ''; ;) {
      const { geloescht, weiter } = await loeschung.verwaisteBlobsLoeschen({ jetzt, nach, limit });
      anzahl.verwaiste_blobs = (anzahl.verwaiste_blobs ?? 0) + geloescht;
      if (weiter === null) break;
      nach = weiter;
      if (workflowInfo().continueAsNewSuggested)
        return continueAsNew<typeof bereinigung>({ jetzt, limit, anzahl, lauf, verwaistNach: nach });
    }
  anzahl.idempotenz_schluessel = await loeschung.abgelaufeneIdempotenzSchluesselLoeschen({ jetzt });
  await loeschung.loeschlaufProtokollieren({ lauf, jetzt, anzahl });
  return anzahl;
}
