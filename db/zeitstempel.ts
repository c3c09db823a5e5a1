// Reading `timestamptz` values without a regular expression: a list of 50 documents carries about 150 of them, and
// the driver's general parser took 5 % of the web process's time on the gesendet page.
import pg from 'pg';

const TIMESTAMPTZ = 1184;
const allgemein = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

/** The digits at `von` to `bis` as a number, or NaN if any is not a digit. */
function zahl(text: string, von: number, bis: number): number {
  let wert = 0;
  for (let i = von; i < bis; i++) {
    const ziffer = text.charCodeAt(i) - 48;
    if (ziffer < 0 || ziffer > 9) return NaN;
    wert = wert * 10 + ziffer;
  }
  return wert;
}

/**
 * A `timestamptz` as PostgreSQL writes it: `2026-12-02 20:31:54.123456+01`, the offset also as `+05:30`. Fractions
 * beyond milliseconds are cut off as the driver does. Anything else (BC, infinity, years beyond 9999, offsets with
 * seconds) goes to the driver's parser.
 */
export function zeitstempelLesen(text: string): Date | number | null {
  const form =
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58;
  if (!form) return allgemein(text);
  let i = 19;
  let millisekunden = 0;
  if (text.charCodeAt(i) === 46) {
    const anfang = ++i;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const stellen = Math.min(i - anfang, 3);
    millisekunden = zahl(text, anfang, anfang + stellen) * 10 ** (3 - stellen);
  }
  const vorzeichen = text.charCodeAt(i) === 43 ? 1 : text.charCodeAt(i) === 45 ? -1 : 0;
  const rest = text.length - i;
  const jahr = zahl(text, 0, 4);
  if (vorzeichen === 0 || (rest !== 3 && rest !== 6) || (rest === 6 && text.charCodeAt(i + 3) !== 58) || !(jahr >= 100))
    return allgemein(text);
  const versatzMinuten = vorzeichen * (zahl(text, i + 1, i + 3) * 60 + (rest === 6 ? zahl(text, i + 4, i + 6) : 0));
  const utc = Date.UTC(
    jahr,
    zahl(text, 5, 7) - 1,
    zahl(text, 8, 10),
    zahl(text, 11, 13),
    zahl(text, 14, 16),
    zahl(text, 17, 19),
    millisekunden,
  );
  const zeit = utc - versatzMinuten * 60_000;
  return Number.isNaN(zeit) ? allgemein(text) : new Date(zeit);
}

/** The driver's type parsers, `timestamptz` read by `zeitstempelLesen`: for the `types` of a connection. */
export const pgTypen = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMPTZ && format !== 'binary') return zeitstempelLesen;
    return pg.types.getTypeParser(oid, format === 'binary' ? 'binary' : 'text');
  },
};
