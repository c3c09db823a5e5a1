// Wall-clock time in the jobcenter's time zone (Europe/Berlin) to instants and back.
export const ZEITZONE = 'Europe/Berlin';

function offsetMinuten(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZEITZONE, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minuten = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minuten : minuten;
}

/** The instant when Berlin clocks show the given date and time. */
export function berlinZeit(jahr: number, monat: number, tag: number, stunde: number, minute = 0): Date {
  const alsUtc = Date.UTC(jahr, monat - 1, tag, stunde, minute);
  const ersteSchaetzung = alsUtc - offsetMinuten(new Date(alsUtc)) * 60_000;
  return new Date(alsUtc - offsetMinuten(new Date(ersteSchaetzung)) * 60_000);
}

/** Berlin calendar date of an instant. */
export function berlinDatum(instant: Date): { jahr: number; monat: number; tag: number } {
  const [jahr, monat, tag] = new Intl.DateTimeFormat('en-CA', { timeZone: ZEITZONE })
    .format(instant)
    .split('-')
    .map(Number);
  return { jahr: jahr!, monat: monat!, tag: tag! };
}
