// A staff form's Berlin date (yyyy-mm-dd) and time (hh:mm) as an instant; undefined when it is no valid moment.
import { berlinZeit } from '../../domain/zeit.js';

export function formularZeitpunkt(datum: string, uhrzeit: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  const u = /^(\d{2}):(\d{2})$/.exec(uhrzeit);
  if (!d || !u) return undefined;
  const beginn = berlinZeit(Number(d[1]), Number(d[2]), Number(d[3]), Number(u[1]), Number(u[2]));
  return Number.isNaN(beginn.getTime()) ? undefined : beginn;
}
