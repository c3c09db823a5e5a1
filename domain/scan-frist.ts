// The scan service's deadline: what was scanned on a day is in the E-Akte by 15:00 (Berlin) of the next working day.
import { istFeiertag } from './feiertage.js';
import { berlinZeit } from './zeit.js';

export const scanFristStunde = 15;

const istArbeitstag = (tag: Date) =>
  tag.getUTCDay() !== 0 &&
  tag.getUTCDay() !== 6 &&
  !istFeiertag(tag.getUTCFullYear(), tag.getUTCMonth() + 1, tag.getUTCDate());

/** 15:00 Berlin time on the first working day (Monday to Friday, no nationwide public holiday) after `scanDatum` (YYYY-MM-DD). */
export function scanFrist(scanDatum: string): Date {
  const [jahr, monat, tag] = scanDatum.split('-').map(Number) as [number, number, number];
  let abstand = 1;
  while (!istArbeitstag(new Date(Date.UTC(jahr, monat - 1, tag + abstand)))) abstand += 1;
  const frist = new Date(Date.UTC(jahr, monat - 1, tag + abstand));
  return berlinZeit(frist.getUTCFullYear(), frist.getUTCMonth() + 1, frist.getUTCDate(), scanFristStunde);
}
