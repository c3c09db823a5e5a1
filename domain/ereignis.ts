// Events the Fachverfahren follows: their kinds, and which status change of a submission is one.
import type { Dokumentstatus } from './status.js';

export const ereignisArten = [
  'eingang.eingegangen',
  'eingang.abgelegt',
  'eingang.weitergeleitet',
  'eingang.erledigt',
  'eingang.abgelehnt',
  'ausgang.benachrichtigt',
  'ausgang.abgerufen',
  'ausgang.postversand',
  'termin.erinnert',
] as const;
export type EreignisArt = (typeof ereignisArten)[number];

/** One event as recorded: ids and status only, never content. */
export interface Ereignis {
  art: EreignisArt;
  /** Unique per change: a retried activity or a second download records nothing new. */
  schluessel: string;
  status: string;
  zeit: Date;
  kundennummer: string | null;
  dokumentart?: string | null;
  eingangsnummer?: string | null;
  ausgangsnummer?: string | null;
  terminId?: number | null;
}

const eingangsereignisse: Partial<Record<Dokumentstatus, EreignisArt>> = {
  eingegangen: 'eingang.eingegangen',
  abgelegt: 'eingang.abgelegt',
  weitergeleitet: 'eingang.weitergeleitet',
  erledigt: 'eingang.erledigt',
  abgelehnt: 'eingang.abgelehnt',
};

/** The event a submission's status is, if the Fachverfahren cares about it (intermediate steps are not events). */
export function eingangsereignis(status: Dokumentstatus): EreignisArt | undefined {
  return eingangsereignisse[status];
}
