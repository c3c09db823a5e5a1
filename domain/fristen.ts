// Deadlines for staff: a document not finished after 3 working days (Monday to Friday without nationwide public
// holidays, Berlin time) is overdue.
import { istFeiertag } from './feiertage.js';
import { berlinDatum, berlinZeit } from './zeit.js';

export const bearbeitungsfristArbeitstage = 3;

/** The instant `tage` working days before `jetzt` (same Berlin wall-clock time); weekends and public holidays do not count. */
export function arbeitstageZurueck(jetzt: Date, tage: number): Date {
  const uhr = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(jetzt)
    .split(':')
    .map(Number);
  let { jahr, monat, tag } = berlinDatum(jetzt);
  let rest = tage;
  while (rest > 0) {
    const vorher = new Date(Date.UTC(jahr, monat - 1, tag - 1));
    ({ jahr, monat, tag } = {
      jahr: vorher.getUTCFullYear(),
      monat: vorher.getUTCMonth() + 1,
      tag: vorher.getUTCDate(),
    });
    const wochentag = vorher.getUTCDay();
    if (wochentag !== 0 && wochentag !== 6 && !istFeiertag(jahr, monat, tag)) rest -= 1;
  }
  return berlinZeit(jahr, monat, tag, uhr[0]!, uhr[1]!);
}

/** Received before this instant and still open: overdue. */
export const ueberfaelligVor = (jetzt: Date): Date => arbeitstageZurueck(jetzt, bearbeitungsfristArbeitstage);
