// Dokumente › gesendet of a partner organisation: search, sort and paging on the server; the export reads the same filtered list.
import type { Db } from '../../db/knex.js';
import type { Ablehnungsgrund } from '../../domain/ablehnung.js';
import type { Team } from '../../domain/bereich.js';
import type { Eingangshinweis } from '../../domain/hinweis.js';
import type { EingangZeitpunkte } from '../../domain/loeschkonzept.js';
import type { Dokumentstatus } from '../../domain/status.js';

export const sortierbar = ['erstelldatum', 'versandstatus', 'bereich', 'kunde', 'name', 'info'] as const;
export type Sortierung = (typeof sortierbar)[number];
export const seitenGroessen = [10, 25, 50, 100] as const;
/** An export holds at most this many rows; the page says so when the filter matches more. */
export const exportGrenze = 10_000;

export interface GesendetFilter {
  suche: string;
  sortierung: Sortierung;
  richtung: 'auf' | 'ab';
  seite: number;
  anzahl: (typeof seitenGroessen)[number];
}

export interface PartnerGesendetZeile {
  eingangsnummer: string;
  eingegangenAm: Date;
  status: Dokumentstatus;
  ablehnungsgrund: Ablehnungsgrund | null;
  hinweise?: Eingangshinweis[];
  teams: Team[];
  kundennummer: string;
  kundenname: string;
  name: string;
  info: string | null;
  gesendetVon: string;
  herunterladbar: boolean;
  /** What its Löschfrist counts from (shown as "verfügbar bis"). */
  loeschung: EingangZeitpunkte;
}

const einer = (wert: unknown): string =>
  Array.isArray(wert) ? String(wert[0] ?? '') : typeof wert === 'string' ? wert : '';

/** Reads the filter from the query string; anything unknown falls back to the default (newest first, 25 per page). */
export function filterLesen(query: Record<string, unknown>): GesendetFilter {
  const sortierung = einer(query.sortierung) as Sortierung;
  const anzahl = Number(einer(query.anzahl));
  const seite = Number.parseInt(einer(query.seite), 10);
  return {
    suche: einer(query.suche).trim().slice(0, 100),
    sortierung: sortierbar.includes(sortierung) ? sortierung : 'erstelldatum',
    richtung: einer(query.richtung) === 'auf' ? 'auf' : 'ab',
    seite: Number.isFinite(seite) && seite > 0 && seite < 100_000 ? seite : 1,
    anzahl: (seitenGroessen as readonly number[]).includes(anzahl) ? (anzahl as GesendetFilter['anzahl']) : 25,
  };
}

/** The filter as query string (without defaults), for links that keep it: sorting, paging, export. */
export function filterQuery(filter: GesendetFilter, aenderung: Partial<GesendetFilter> = {}): string {
  const f = { ...filter, ...aenderung };
  const teile = new URLSearchParams();
  if (f.suche) teile.set('suche', f.suche);
  if (f.sortierung !== 'erstelldatum') teile.set('sortierung', f.sortierung);
  if (f.richtung !== 'ab') teile.set('richtung', f.richtung);
  if (f.anzahl !== 25) teile.set('anzahl', String(f.anzahl));
  if (f.seite !== 1) teile.set('seite', String(f.seite));
  const text = teile.toString();
  return text ? `?${text}` : '';
}

const spalten: Record<Sortierung, string> = {
  erstelldatum: 'e.eingegangen_am',
  versandstatus: 'e.status',
  bereich: 'e.teams',
  kunde: 'k.nachname',
  name: 'e.dokumentart',
  info: 'e.info',
};

function gefiltert(db: Db, partnerId: number, filter: GesendetFilter) {
  const query = db('eingangsdokumente as e')
    .join('kunden as k', 'k.id', 'e.kunde_id')
    .where('e.partner_id', partnerId)
    .andWhere('e.kanal', 'partner');
  if (filter.suche) {
    const muster = `%${filter.suche.replace(/[\\%_]/g, (z) => `\\${z}`)}%`;
    query.andWhere((q) => {
      for (const spalte of [
        'k.kundennummer',
        'k.nachname',
        'k.vorname',
        'e.dokumentart',
        'e.betreff',
        'e.info',
        'e.eingangsnummer',
      ])
        q.orWhereILike(spalte, muster);
      q.orWhereRaw("k.vorname || ' ' || k.nachname ilike ?", [muster]);
    });
  }
  return query;
}

async function zeilenLaden(
  db: Db,
  partnerId: number,
  filter: GesendetFilter,
  limit: number,
  offset: number,
): Promise<PartnerGesendetZeile[]> {
  const richtung = filter.richtung === 'auf' ? 'asc' : 'desc';
  const rows = await gefiltert(db, partnerId, filter)
    .leftJoin('partner_benutzer as b', 'b.id', 'e.partner_benutzer_id')
    .orderByRaw(`${spalten[filter.sortierung]} ${richtung} nulls last, e.eingegangen_am desc, e.eingangsnummer desc`)
    .limit(limit)
    .offset(offset)
    .select(
      'e.eingangsnummer',
      'e.eingegangen_am',
      'e.status',
      'e.ablehnungsgrund',
      'e.hinweise',
      'e.teams',
      'e.art',
      'e.dokumentart',
      'e.betreff',
      'e.info',
      'e.blob_key',
      'e.erledigt_am',
      'e.aktualisiert_am',
      'e.loeschsperre_seit',
      'k.kundennummer',
      'k.vorname',
      'k.nachname',
      'b.vorname as b_vorname',
      'b.nachname as b_nachname',
    );
  return rows.map((row) => ({
    eingangsnummer: row.eingangsnummer,
    eingegangenAm: row.eingegangen_am,
    status: row.status,
    ablehnungsgrund: row.ablehnungsgrund ?? null,
    hinweise: row.hinweise ?? [],
    teams: row.teams,
    kundennummer: row.kundennummer,
    kundenname: `${row.nachname}, ${row.vorname}`,
    name: row.art === 'mitteilung' ? `${row.dokumentart}: ${row.betreff}` : row.dokumentart,
    info: row.info,
    gesendetVon: row.b_vorname ? `${row.b_vorname} ${row.b_nachname}` : '',
    herunterladbar: Boolean(row.blob_key) && row.status !== 'abgelehnt',
    loeschung: {
      art: row.art,
      status: row.status,
      erledigtAm: row.erledigt_am,
      aktualisiertAm: row.aktualisiert_am,
      gesperrt: Boolean(row.loeschsperre_seit),
    },
  }));
}

/** One page of the organisation's submissions and how many match in total. */
export async function gesendetSeite(
  db: Db,
  partnerId: number,
  filter: GesendetFilter,
): Promise<{ zeilen: PartnerGesendetZeile[]; gesamt: number }> {
  const [zeilen, anzahl] = await Promise.all([
    zeilenLaden(db, partnerId, filter, filter.anzahl, (filter.seite - 1) * filter.anzahl),
    gefiltert(db, partnerId, filter).count({ anzahl: '*' }).first(),
  ]);
  return { zeilen, gesamt: Number(anzahl?.anzahl ?? 0) };
}

/** The organisation's newest submissions (Startseite): no filter, no count. */
export function gesendetNeueste(db: Db, partnerId: number, anzahl: number): Promise<PartnerGesendetZeile[]> {
  return zeilenLaden(db, partnerId, filterLesen({}), anzahl, 0);
}

/** Every matching row in the chosen order (up to the export limit): what "Export" writes. */
export function gesendetAlle(db: Db, partnerId: number, filter: GesendetFilter): Promise<PartnerGesendetZeile[]> {
  return zeilenLaden(db, partnerId, filter, exportGrenze, 0);
}

/** One submission of the organisation, or undefined (the route answers 404). */
export async function organisationsDokument(
  db: Db,
  partnerId: number,
  eingangsnummer: string,
): Promise<{ blobKey: string | null; status: string } | undefined> {
  const row = await db('eingangsdokumente')
    .where({ eingangsnummer, partner_id: partnerId, kanal: 'partner' })
    .first('blob_key', 'status');
  return row ? { blobKey: row.blob_key, status: row.status } : undefined;
}
