// Inbox filters from the query string, validated: status, Kanal, Dokumentart, date range, "mir zugewiesen", search, sort, page.
import { dokumentstatus } from '../../domain/status.js';

export const sortierungen = {
  eingang: 'e.eingegangen_am',
  status: 'e.status',
  dokumentart: 'e.dokumentart',
  kundennummer: 'k.kundennummer',
} as const;
export const kanaele = ['kunde', 'partner', 'scan', 'jobcenter'] as const;
export const PRO_SEITE = 25;

export interface PostfachFilter {
  status?: string;
  kanal?: string;
  dokumentart?: string;
  von?: string;
  bis?: string;
  mir: boolean;
  suche?: string;
  sortierung: keyof typeof sortierungen;
  richtung: 'asc' | 'desc';
  seite: number;
}

const datum = (wert: unknown) => (typeof wert === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(wert) ? wert : undefined);
const text = (wert: unknown, max = 100) =>
  typeof wert === 'string' && wert.trim() && wert.length <= max ? wert.trim() : undefined;

export function postfachFilter(query: Record<string, unknown>): PostfachFilter {
  const status = text(query.status);
  const kanal = text(query.kanal);
  const sortierung = text(query.sortierung);
  const seite = Number(query.seite);
  return {
    status: status && (dokumentstatus as readonly string[]).includes(status) ? status : undefined,
    kanal: kanal && (kanaele as readonly string[]).includes(kanal) ? kanal : undefined,
    dokumentart: text(query.dokumentart),
    von: datum(query.von),
    bis: datum(query.bis),
    mir: query.mir === '1',
    suche: text(query.suche),
    sortierung: sortierung && sortierung in sortierungen ? (sortierung as keyof typeof sortierungen) : 'eingang',
    richtung: query.richtung === 'asc' ? 'asc' : 'desc',
    seite: Number.isSafeInteger(seite) && seite >= 1 && seite <= 10_000 ? seite : 1,
  };
}

/** The query string for the same filter with some fields changed (paging and sort links). */
export function filterQuery(filter: PostfachFilter, aenderung: Partial<PostfachFilter>): string {
  const f = { ...filter, ...aenderung };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === false || (k === 'seite' && v === 1)) continue;
    params.set(k, v === true ? '1' : String(v));
  }
  return params.toString();
}
