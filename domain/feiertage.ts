// Public holidays observed throughout Germany (no state-specific ones), for working-day deadlines.

/** Easter Sunday of a Gregorian year (month 1–12, day), by the anonymous Gregorian computus. */
export function ostersonntag(jahr: number): { monat: number; tag: number } {
  const a = jahr % 19;
  const b = Math.floor(jahr / 100);
  const c = jahr % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monat = Math.floor((h + l - 7 * m + 114) / 31);
  const tag = ((h + l - 7 * m + 114) % 31) + 1;
  return { monat, tag };
}

const schluessel = (jahr: number, monat: number, tag: number) =>
  `${jahr}-${String(monat).padStart(2, '0')}-${String(tag).padStart(2, '0')}`;
const cache = new Map<number, Set<string>>();

function feiertageIm(jahr: number): Set<string> {
  let tage = cache.get(jahr);
  if (tage) return tage;
  const ostern = ostersonntag(jahr);
  const relativ = (abstand: number) => {
    const d = new Date(Date.UTC(jahr, ostern.monat - 1, ostern.tag + abstand));
    return schluessel(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  tage = new Set([
    schluessel(jahr, 1, 1), // Neujahr
    relativ(-2), // Karfreitag
    relativ(1), // Ostermontag
    schluessel(jahr, 5, 1), // Tag der Arbeit
    relativ(39), // Christi Himmelfahrt
    relativ(50), // Pfingstmontag
    schluessel(jahr, 10, 3), // Tag der Deutschen Einheit
    schluessel(jahr, 12, 25), // 1. Weihnachtstag
    schluessel(jahr, 12, 26), // 2. Weihnachtstag
  ]);
  cache.set(jahr, tage);
  return tage;
}

export const istFeiertag = (jahr: number, monat: number, tag: number): boolean =>
  feiertageIm(jahr).has(schluessel(jahr, monat, tag));
