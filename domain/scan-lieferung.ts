// Progress of a scan delivery: which document states are final for the scan service, and when Poststelle is warned.
import type { Dokumentstatus } from './status.js';

/** In the E-Akte: filed, and from then on routed and worked on. */
export const imEAkte: readonly Dokumentstatus[] = ['abgelegt', 'weitergeleitet', 'in_bearbeitung', 'erledigt'];
/** Still in the automatic part of the pipeline: these count against a delivery's concurrency. */
export const inVerarbeitung: readonly Dokumentstatus[] = ['eingegangen', 'aufbereitet', 'wartet_auf_ablage'];

export interface LieferungStand {
  /** The scan service said it has sent everything. */
  geschlossen: boolean;
  erwartet: number;
  /** Positions accepted through the API. */
  angenommen: number;
  /** Accepted but no dokumentEingang started yet. */
  nichtGestartet: number;
  inVerarbeitung: number;
  /** In the E-Akte or refused: nothing more to do for the scan service. */
  fertig: number;
  /** When the oldest document of this delivery still waiting for Zuordnen began waiting (ISO), or null. */
  zuordnungSeit: string | null;
  /** When the first document of this delivery was started (ISO), or null. */
  begonnenAm: string | null;
}

export type Warnanlass = 'frist_gefaehrdet' | 'zuordnung_wartet';

/**
 * When the delivery will be done at the pace so far (documents finished per millisecond since the first start); null
 * while nothing is finished yet. `rest` counts what the scan service still announced (at least what was accepted).
 */
export function prognose(stand: LieferungStand, jetzt: Date): Date | null {
  const gesamt = Math.max(stand.erwartet, stand.angenommen);
  const rest = gesamt - stand.fertig;
  if (rest <= 0) return jetzt;
  if (!stand.begonnenAm || stand.fertig === 0) return null;
  const vergangen = Math.max(1, jetzt.getTime() - Date.parse(stand.begonnenAm));
  return new Date(jetzt.getTime() + (rest * vergangen) / stand.fertig);
}

/** Reasons to warn Poststelle now: the projection (or, without one, the clock) passes the deadline; Zuordnen waits too long. */
export function warnanlaesse(
  stand: LieferungStand,
  jetzt: Date,
  frist: Date,
  zuordnungHoechstensMs: number,
): Warnanlass[] {
  const anlaesse: Warnanlass[] = [];
  const offen = Math.max(stand.erwartet, stand.angenommen) > stand.fertig;
  const erwartetFertig = prognose(stand, jetzt) ?? jetzt;
  if (offen && erwartetFertig.getTime() > frist.getTime()) anlaesse.push('frist_gefaehrdet');
  if (stand.zuordnungSeit && jetzt.getTime() - Date.parse(stand.zuordnungSeit) > zuordnungHoechstensMs)
    anlaesse.push('zuordnung_wartet');
  return anlaesse;
}

/** The p-quantile (0..1) of the values, linear between neighbours; null for none. */
export function quantil(werte: readonly number[], p: number): number | null {
  if (werte.length === 0) return null;
  const sortiert = [...werte].sort((a, b) => a - b);
  const stelle = (sortiert.length - 1) * p;
  const unten = Math.floor(stelle);
  const oben = Math.ceil(stelle);
  return sortiert[unten]! + (sortiert[oben]! - sortiert[unten]!) * (stelle - unten);
}
