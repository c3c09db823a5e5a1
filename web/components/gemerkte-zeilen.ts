// Rendered table rows remembered per row, as UTF-8: rows that have not changed are neither rendered nor encoded again.
// Only for rows whose cells depend on nothing but the row's own fields and the namespace (page and language).
// A row is found by its identity and reused only while every field equals the remembered one, so nothing has to be
// invalidated: a changed field renders the row anew.

import { begrenztSetzen } from '../../platform/begrenzte-map.js';

const HOECHSTENS = 10_000;
const zeilen = new Map<string, { zeile: unknown; html: Buffer }>();

/** Field by field, dates by their time, arrays and nested objects alike; no strings built, nothing hashed but the identity. */
export function gleicheDaten(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!gleicheDaten(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let felder = 0;
  for (const feld in x) {
    if (!Object.hasOwn(y, feld) || !gleicheDaten(x[feld], y[feld])) return false;
    felder++;
  }
  for (const _ in y) felder--;
  return felder === 0;
}

/** The remembered HTML of this row, or the freshly rendered one (remembered from now on), encoded. */
export function gemerkteZeile(namensraum: string, kennung: string, zeile: object, rendern: () => string): Buffer {
  const key = `${namensraum}\u0001${kennung}`;
  const gemerkt = zeilen.get(key);
  if (gemerkt && gleicheDaten(gemerkt.zeile, zeile)) return gemerkt.html;
  const html = Buffer.from(rendern());
  // Bounded memory per process: the entry written longest ago goes first.
  begrenztSetzen(zeilen, key, { zeile, html }, HOECHSTENS);
  return html;
}
