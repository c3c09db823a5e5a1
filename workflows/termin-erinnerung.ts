// terminErinnerung: one per appointment; a durable timer 24 hours before it, moved or dropped when the appointment changes.
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { erinnerungQuery, terminGeaendertSignal } from './termin-erinnerung-nachrichten.js';

export interface TerminStand {
  beginn: string;
  status: 'geplant' | 'abgesagt' | 'stattgefunden';
}

export interface TerminErinnerungInput extends TerminStand {
  terminId: number;
  /** Milliseconds before the appointment; 24 hours unless a test shortens it. */
  vorlaufMs?: number;
}

const { terminErinnerungSenden } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const TAG_MS = 24 * 60 * 60 * 1000;

export async function terminErinnerung(
  input: TerminErinnerungInput,
): Promise<{ erinnertFuer: string[]; ende: TerminStand['status'] | 'vorbei' }> {
  let stand: TerminStand = { beginn: input.beginn, status: input.status };
  let aenderungen = 0;
  const erinnertFuer: string[] = [];
  setHandler(terminGeaendertSignal, (neu) => {
    stand = neu;
    aenderungen += 1;
  });
  setHandler(erinnerungQuery, () => ({ stand, erinnertFuer }));

  /** Waits until `bis` (epoch ms) or the next change; true when something changed. */
  const wartenBis = async (bis: number): Promise<boolean> => {
    const gesehen = aenderungen;
    const rest = bis - Date.now();
    if (rest <= 0) return aenderungen !== gesehen;
    return condition(() => aenderungen !== gesehen, rest);
  };

  const behandelt = new Set<string>();
  for (;;) {
    if (stand.status !== 'geplant') return { erinnertFuer, ende: stand.status };
    const beginn = Date.parse(stand.beginn);
    if (beginn <= Date.now()) return { erinnertFuer, ende: 'vorbei' };
    if (!behandelt.has(stand.beginn)) {
      if (await wartenBis(beginn - (input.vorlaufMs ?? TAG_MS))) continue;
      const fuer = stand.beginn;
      behandelt.add(fuer);
      // False when the client has no e-mail address, or the appointment changed meanwhile (its signal follows).
      if (await terminErinnerungSenden({ terminId: input.terminId, beginn: fuer })) erinnertFuer.push(fuer);
      continue;
    }
    if (!(await wartenBis(beginn))) return { erinnertFuer, ende: 'vorbei' };
  }
}
