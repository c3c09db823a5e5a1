// Reads one appointment by the portal's id or the Fachverfahren's id, with its client's Kundennummer.
import type { Db } from '../../db/knex.js';
import type { TerminStand } from '../../workflows/termin-erinnerung.js';

/** Staff pages name an appointment by the portal's id, the machine API by the Fachverfahren's. */
export type TerminSchluessel = { id: number } | { fachverfahrenId: string };

export interface Termin {
  id: number;
  fachverfahrenId: string | null;
  kundennummer: string;
  beginn: Date;
  dauerMinuten: number;
  raum: string | null;
  telefon: string | null;
  mitteilung1: string | null;
  mitteilung2: string | null;
  status: TerminStand['status'];
}

export const terminBedingung = (schluessel: TerminSchluessel) =>
  'id' in schluessel ? { 't.id': schluessel.id } : { 't.fachverfahren_id': schluessel.fachverfahrenId };

/** `db` may be a transaction that locked the row. */
export async function terminLesen(db: Db, schluessel: TerminSchluessel): Promise<Termin | undefined> {
  const row = await db('termine as t')
    .join('kunden as k', 'k.id', 't.kunde_id')
    .where(terminBedingung(schluessel))
    .first(
      't.id',
      't.fachverfahren_id',
      'k.kundennummer',
      't.beginn',
      't.dauer_minuten',
      't.raum',
      't.telefon',
      't.mitteilung_1',
      't.mitteilung_2',
      't.status',
    );
  if (!row) return undefined;
  return {
    id: row.id,
    fachverfahrenId: row.fachverfahren_id,
    kundennummer: row.kundennummer,
    beginn: new Date(row.beginn),
    dauerMinuten: row.dauer_minuten,
    raum: row.raum,
    telefon: row.telefon,
    mitteilung1: row.mitteilung_1,
    mitteilung2: row.mitteilung_2,
    status: row.status,
  };
}
