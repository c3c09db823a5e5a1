// Progress of a scan delivery, counted from its accepted positions and their documents' states.
import type { Db } from '../../db/knex.js';
import { imEAkte, inVerarbeitung, type LieferungStand } from '../../domain/scan-lieferung.js';
import type { LieferungZeile } from './lieferung-zeile.js';

export interface Fortschritt extends LieferungStand {
  imEAkte: number;
  abgelehnt: number;
  wartenAufZuordnung: number;
  duplikate: number;
}

const liste = (werte: readonly string[]) => werte.map((w) => `'${w}'`).join(', ');

export async function lieferungFortschritt(db: Db, lieferung: LieferungZeile): Promise<Fortschritt> {
  const zeile = await db('scan_lieferung_positionen as p')
    .leftJoin('eingangsdokumente as e', 'e.eingangsnummer', 'p.eingangsnummer')
    .where('p.lieferung_id', lieferung.lieferung_id)
    .first(
      db.raw('count(*)::int as angenommen'),
      db.raw('(count(*) filter (where p.eingangsnummer is null))::int as "nichtGestartet"'),
      db.raw(`(count(*) filter (where e.status in (${liste(inVerarbeitung)})))::int as "inVerarbeitung"`),
      db.raw(`(count(*) filter (where e.status in (${liste(imEAkte)})))::int as "imEAkte"`),
      db.raw("(count(*) filter (where e.status = 'abgelehnt'))::int as abgelehnt"),
      db.raw('(count(*) filter (where e.status = \'wartet_auf_zuordnung\'))::int as "wartenAufZuordnung"'),
      db.raw('(count(*) filter (where e.duplikat_von is not null))::int as duplikate'),
      db.raw('min(e.aktualisiert_am) filter (where e.status = \'wartet_auf_zuordnung\') as "zuordnungSeit"'),
      db.raw('min(e.eingegangen_am) as "begonnenAm"'),
    );
  const iso = (wert: Date | null) => (wert ? new Date(wert).toISOString() : null);
  return {
    geschlossen: lieferung.status !== 'offen',
    erwartet: lieferung.erwartet,
    angenommen: zeile.angenommen,
    nichtGestartet: zeile.nichtGestartet,
    inVerarbeitung: zeile.inVerarbeitung,
    fertig: zeile.imEAkte + zeile.abgelehnt,
    imEAkte: zeile.imEAkte,
    abgelehnt: zeile.abgelehnt,
    wartenAufZuordnung: zeile.wartenAufZuordnung,
    duplikate: zeile.duplikate,
    zuordnungSeit: iso(zeile.zuordnungSeit),
    begonnenAm: iso(zeile.begonnenAm),
  };
}

/** The accepted positions, ascending (a resumed upload skips them). */
export async function angenommenePositionen(db: Db, lieferungId: string): Promise<number[]> {
  const zeilen = await db('scan_lieferung_positionen')
    .where({ lieferung_id: lieferungId })
    .orderBy('position')
    .select('position');
  return zeilen.map((z: { position: number }) => z.position);
}
