// scanStapel: one per scan delivery; starts a dokumentEingang per accepted document with bounded concurrency, tracks
// progress against the 15:00 deadline, warns Poststelle once per reason, and ends with the Übergabeprotokoll.
import {
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { scanFrist } from '../domain/scan-frist.js';
import { warnanlaesse, type LieferungStand, type Warnanlass } from '../domain/scan-lieferung.js';
import { lieferungGeaendertSignal, lieferungStandQuery } from './scan-stapel-nachrichten.js';

export interface ScanStapelInput {
  lieferungId: string;
  /** YYYY-MM-DD, Berlin: the deadline is 15:00 of the next working day. */
  scanDatum: string;
  /** Documents of this delivery in the automatic part of the pipeline at once. */
  gleichzeitig?: number;
  /** Documents started per run before the workflow continues as new (keeps the history small). */
  startsProLauf?: number;
  /** Pause between two looks at the progress, unless the delivery signals a change. */
  taktMs?: number;
  /** How long a document may wait for Zuordnen before Poststelle is warned. */
  zuordnungHoechstensMs?: number;
  /** Carried over a continue-as-new. */
  gewarnt?: Warnanlass[];
  laeufe?: number;
}

const optionen = {
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
} as const;
const { lieferungStand, lieferungPositionenStarten, poststelleWarnen, uebergabeprotokollErstellen } =
  proxyActivities<Activities>(optionen);
/** The progress look and the starts as local activities: a turn of the loop needs no task round trips through the server. */
const lokal = proxyLocalActivities<Activities>(optionen);
/** Histories recorded before it looked and started through regular activities. */
const LOKALE_RUNDE = 'scan-stapel-lokale-runde';
/**
 * One turn per workflow task. Under load documents finish while a turn runs, so the next turn always had something to
 * do: the turns ran on in one task until the server ended it (8 s, with the SDK's warning). Older histories ran on.
 */
const RUNDE_JE_TASK = 'scan-stapel-runde-je-task';

const STUNDE_MS = 3_600_000;
/** Loop turns per run at most, so a delivery waiting long for Zuordnen also keeps its history small. */
const RUNDEN_PRO_LAUF = 500;

export async function scanStapel(input: ScanStapelInput): Promise<{ laeufe: number }> {
  const {
    lieferungId,
    gleichzeitig = 20,
    startsProLauf = 1000,
    taktMs = 15_000,
    zuordnungHoechstensMs = 2 * STUNDE_MS,
  } = input;
  const frist = scanFrist(input.scanDatum);
  const gewarnt = new Set<Warnanlass>(input.gewarnt ?? []);
  const laeufe = (input.laeufe ?? 0) + 1;
  let stand: LieferungStand | null = null;
  let geaendert = false;
  setHandler(lieferungGeaendertSignal, () => {
    geaendert = true;
  });
  setHandler(lieferungStandQuery, () => ({ stand, frist: frist.toISOString(), gewarnt: [...gewarnt], laeufe }));

  const schritte = patched(LOKALE_RUNDE)
    ? { stand: lokal.lieferungStand, starten: lokal.lieferungPositionenStarten }
    : { stand: lieferungStand, starten: lieferungPositionenStarten };
  const rundeJeTask = patched(RUNDE_JE_TASK);
  let gestartet = 0;
  for (let runde = 0; ; runde++) {
    geaendert = false;
    stand = await schritte.stand({ lieferungId });
    const frei = gleichzeitig - stand.inVerarbeitung;
    if (stand.nichtGestartet > 0 && frei > 0) {
      const neu = await schritte.starten({
        lieferungId,
        hoechstens: Math.min(frei, startsProLauf - gestartet),
      });
      gestartet += neu;
      if (neu > 0) stand = await schritte.stand({ lieferungId });
    }
    for (const anlass of warnanlaesse(stand, new Date(), frist, zuordnungHoechstensMs)) {
      if (gewarnt.has(anlass)) continue;
      await poststelleWarnen({ lieferungId, anlass, frist: frist.toISOString(), stand });
      gewarnt.add(anlass);
    }
    if (stand.geschlossen && stand.nichtGestartet === 0 && stand.fertig >= stand.angenommen) {
      await uebergabeprotokollErstellen({ lieferungId });
      return { laeufe };
    }
    if (gestartet >= startsProLauf || runde >= RUNDEN_PRO_LAUF || workflowInfo().continueAsNewSuggested)
      await continueAsNew<typeof scanStapel>({ ...input, gewarnt: [...gewarnt], laeufe });
    // Documents still to start and room for them, or news from the delivery: go on at once.
    const sofort = stand.nichtGestartet > 0 && gleichzeitig - stand.inVerarbeitung > 0;
    if (!rundeJeTask) {
      if (sofort) continue;
      await condition(() => geaendert, taktMs);
    } else if (sofort || geaendert) await sleep(1);
    else await condition(() => geaendert, taktMs);
  }
}
