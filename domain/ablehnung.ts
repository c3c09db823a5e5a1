// Why an upload is refused: reason codes the sender sees in their language; never retried.
export const ablehnungsgruende = [
  'passwort_geschuetzt',
  'beschaedigt',
  'dateityp',
  'zu_gross',
  'zu_viele_dateien',
  'zu_viele_seiten',
  'bild_zu_gross',
  'leer',
  /** Scanned paper already delivered (same SHA-256) that Poststelle discarded. */
  'duplikat',
  /** Set by the reconciler for a row whose workflow never started and cannot be (no start input kept). */
  'nicht_uebermittelt',
] as const;
export type Ablehnungsgrund = (typeof ablehnungsgruende)[number];

/** Thrown by page preparation; the activity turns it into a non-retryable Temporal failure of the same type. */
export class Ablehnung extends Error {
  override name = 'Ablehnung';
  constructor(
    readonly grund: Ablehnungsgrund,
    detail?: string,
  ) {
    super(detail ? `${grund}: ${detail}` : grund);
  }
}

export function istAblehnungsgrund(value: unknown): value is Ablehnungsgrund {
  return typeof value === 'string' && (ablehnungsgruende as readonly string[]).includes(value);
}
