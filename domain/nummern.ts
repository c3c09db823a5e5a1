// Human-readable, unguessable receipt numbers: E (Eingang) or A (Ausgang), year, two groups of four.
import { randomInt } from 'node:crypto';

/** Crockford base32 without I, L, O, U: nothing to misread on the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function gruppe(): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export function neueNummer(art: 'E' | 'A', jetzt: Date = new Date()): string {
  return `${art}${String(jetzt.getUTCFullYear()).slice(2)}-${gruppe()}-${gruppe()}`;
}

/** Kundennummer as in the original portal: three digits, a letter, six digits (e.g. 100D000001). */
export const kundennummerMuster = /^\d{3}[A-Z]\d{6}$/;

export function normalisiereKundennummer(eingabe: string): string {
  return eingabe.trim().toUpperCase().replace(/\s+/g, '');
}
