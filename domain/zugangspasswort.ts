// Initial passwords for access letters: 12 characters in groups of four, from an alphabet without look-alikes.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz23456789';

export function neuesZugangspasswort(): string {
  const gruppen = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return gruppen.join('-');
}
