// dokumentAusgang: a letter to a client or partner — alert, wait for retrieval, remind after 7 days, post after 14.
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { TAG_MS, zustellung } from '../domain/zustellung.js';
import { abgerufenSignal } from './dokument-ausgang-nachrichten.js';

export interface DokumentAusgangInput {
  ausgangsnummer: string;
  /** Shorter periods for tests; 7 and 14 days otherwise. */
  erinnerungNachMs?: number;
  postversandNachMs?: number;
}

export type AusgangErgebnis = 'abgerufen' | 'postversand';

const io = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export async function dokumentAusgang(input: DokumentAusgangInput): Promise<AusgangErgebnis> {
  let abgerufen = false;
  setHandler(abgerufenSignal, () => {
    abgerufen = true;
  });
  const erinnerung = input.erinnerungNachMs ?? zustellung.erinnerungNachTagen * TAG_MS;
  const post = input.postversandNachMs ?? zustellung.postversandNachTagen * TAG_MS;

  if (!(await io.ausgangBenachrichtigen({ ausgangsnummer: input.ausgangsnummer }))) {
    await io.ausgangPostversand({ ausgangsnummer: input.ausgangsnummer });
    return 'postversand';
  }
  if (await condition(() => abgerufen, erinnerung)) return 'abgerufen';
  await io.ausgangErinnern({ ausgangsnummer: input.ausgangsnummer });
  if (await condition(() => abgerufen, Math.max(1, post - erinnerung))) return 'abgerufen';
  return (await io.ausgangPostversand({ ausgangsnummer: input.ausgangsnummer })) ? 'postversand' : 'abgerufen';
}
