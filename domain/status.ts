// Dokumentstatus of an incoming document and which staff action is allowed in which status.
import type { Ablehnungsgrund } from './ablehnung.js';
import type { Eingangshinweis } from './hinweis.js';
export const dokumentstatus = [
  'eingegangen',
  'aufbereitet',
  /** Scanned paper without a valid Antwortbogen (or a duplicate): Poststelle assigns it. */
  'wartet_auf_zuordnung',
  'wartet_auf_ablage',
  'abgelegt',
  'weitergeleitet',
  'in_bearbeitung',
  'erledigt',
  'abgelehnt',
] as const;
export type Dokumentstatus = (typeof dokumentstatus)[number];

export const endstatus: readonly Dokumentstatus[] = ['erledigt', 'abgelehnt'];

export function istEndstatus(status: Dokumentstatus): boolean {
  return endstatus.includes(status);
}

/** Staff act only on documents that reached their team and are not finished. */
export function kannBearbeitetWerden(status: Dokumentstatus): boolean {
  return status === 'weitergeleitet' || status === 'in_bearbeitung';
}

/** What a sender sees of one submission's state. */
export interface StatusDaten {
  eingangsnummer: string;
  status: Dokumentstatus;
  ablehnungsgrund: Ablehnungsgrund | null;
  /** What the sender should know about how the document was filed. */
  hinweise?: readonly Eingangshinweis[];
}
