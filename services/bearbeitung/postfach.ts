// Staff read model: one page of a team's inbox, filtered, sorted and counted on the server.
import type { Verfuegbarkeit } from '../../domain/loeschkonzept.js';
import type { Db } from '../../db/knex.js';
import { PRO_SEITE, sortierungen, type PostfachFilter } from './postfach-filter.js';
import { ueberfaelligVor } from '../../domain/fristen.js';
import { berlinZeit } from '../../domain/zeit.js';
import { eingangVerfuegbarkeit, type Loeschfristen } from '../../domain/loeschkonzept.js';

export interface PostfachZeile {
  eingangsnummer: string;
  eingegangenAm: Date;
  kanal: string;
  absender: string;
  kundennummer: string;
  dokumentart: string;
  status: string;
  zugewiesen: string | null;
  ueberfaellig: boolean;
  verfuegbarkeit: Verfuegbarkeit;
}

/** One page of a team's inbox with the filters applied on the server, and the number of all matching documents. */
export async function postfachLaden(
  db: Db,
  team: string,
  filter: PostfachFilter,
  mitarbeiterId: number,
  fristen: Loeschfristen,
  jetzt = new Date(),
): Promise<{ zeilen: PostfachZeile[]; gesamt: number }> {
  const basis = db('eingangsdokumente as e')
    .join('kunden as k', 'k.id', 'e.kunde_id')
    .leftJoin('partner as p', 'p.id', 'e.partner_id')
    .whereRaw('? = any(e.teams)', [team]);
  if (filter.status) basis.where('e.status', filter.status);
  if (filter.kanal) basis.where('e.kanal', filter.kanal);
  if (filter.dokumentart) basis.where('e.dokumentart', filter.dokumentart);
  if (filter.von) basis.where('e.eingegangen_am', '>=', berlinZeit(...tagTeile(filter.von), 0));
  if (filter.bis)
    basis.where('e.eingegangen_am', '<', new Date(berlinZeit(...tagTeile(filter.bis), 0).getTime() + 86_400_000));
  if (filter.mir) basis.where('e.zugewiesen_an', mitarbeiterId);
  if (filter.suche) {
    const muster = `%${filter.suche.replace(/[\\%_]/g, (z) => `\\${z}`)}%`;
    basis.where((q) =>
      q
        .whereILike('k.kundennummer', muster)
        .orWhereILike('e.eingangsnummer', muster)
        .orWhereRaw("k.vorname || ' ' || k.nachname ilike ?", [muster]),
    );
  }
  const frist = ueberfaelligVor(jetzt);
  const [{ n }] = (await basis.clone().count({ n: '*' })) as [{ n: string }];
  const rows = await basis
    .leftJoin('mitarbeiter as m', 'm.id', 'e.zugewiesen_an')
    .orderBy(sortierungen[filter.sortierung], filter.richtung)
    .orderBy('e.eingangsnummer')
    .limit(PRO_SEITE)
    .offset((filter.seite - 1) * PRO_SEITE)
    .select(
      'e.eingangsnummer',
      'e.eingegangen_am as eingegangenAm',
      'e.kanal',
      db.raw("coalesce(p.name, k.vorname || ' ' || k.nachname) as absender"),
      'k.kundennummer',
      'e.dokumentart',
      'e.status',
      db.raw("case when m.id is null then null else m.vorname || ' ' || m.nachname end as zugewiesen"),
      db.raw("(e.status not in ('erledigt', 'abgelehnt') and e.eingegangen_am < ?) as ueberfaellig", [frist]),
      'e.art',
      'e.erledigt_am',
      'e.aktualisiert_am',
      'e.loeschsperre_seit',
    );
  const zeilen = rows.map(({ art, erledigt_am, aktualisiert_am, loeschsperre_seit, ...zeile }) => ({
    ...zeile,
    verfuegbarkeit: eingangVerfuegbarkeit(
      {
        art,
        status: zeile.status,
        erledigtAm: erledigt_am,
        aktualisiertAm: aktualisiert_am,
        gesperrt: Boolean(loeschsperre_seit),
      },
      fristen,
    ),
  }));
  return { zeilen, gesamt: Number(n) };
}

const tagTeile = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
