// Rendered table rows remembered by their content: a list whose rows have not changed is not rendered again.
// Only for rows whose cells depend on nothing but the row's own fields and the namespace (page and language).
// The key holds every field of the row, so any changed field makes a new entry and nothing has to be invalidated.

const HOECHSTENS = 10_000;
const zeilen = new Map<string, string>();

/**
 * Every field, each JSON-encoded (so no value can pass for another's separator), dates as milliseconds.
 * About half the cost of JSON.stringify on the whole row, which takes the slow path for a Date.
 */
function schluessel(namensraum: string, zeile: object): string {
  let s = namensraum;
  for (const feld in zeile) {
    const wert: unknown = zeile[feld as keyof typeof zeile];
    s += wert instanceof Date ? `\u0001D${wert.getTime()}` : `\u0001${JSON.stringify(wert)}`;
  }
  return s;
}

/** The remembered HTML of this row, or the freshly rendered one (remembered from now on). */
export function gemerkteZeile(namensraum: string, zeile: object, rendern: () => string): string {
  const key = schluessel(namensraum, zeile);
  let html = zeilen.get(key);
  if (html === undefined) {
    html = rendern();
    // Bounded memory per process: the oldest entry goes first.
    if (zeilen.size >= HOECHSTENS) zeilen.delete(zeilen.keys().next().value!);
    zeilen.set(key, html);
  }
  return html;
}
