// What the Admin team's Terminvergabe page lists: every Anliegen, the active staff members slots may be opened for, upcoming slots.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface SlotZeile {
  id: number;
  beginn: Date;
  dauerMinuten: number;
  anliegen: string;
  /** The staff member's name; null for a team slot. */
  fuer: string | null;
  gebucht: boolean;
}

/** At most this many upcoming slots are listed, earliest first. */
export const SLOTS_ANGEZEIGT = 200;

export async function terminvergabeLaden(db: Db) {
  const [anliegen, mitarbeiter, slots] = await Promise.all([
    db('anliegen')
      .where({ aktiv: true })
      .orderBy('name')
      .select('id', 'name', 'dauer_minuten as dauerMinuten', 'ort', 'team', 'oeffentlich'),
    db('mitarbeiter')
      .where({ aktiv: true })
      .whereNot({ team: 'admin' })
      .orderBy(['nachname', 'vorname'])
      .select('id', db.raw("vorname || ' ' || nachname as name"), 'team'),
    db('termin_slots as s')
      .join('anliegen as a', 'a.id', 's.anliegen_id')
      .leftJoin('mitarbeiter as m', 'm.id', 's.mitarbeiter_id')
      .where('s.beginn', '>', db.fn.now())
      .orderBy(['s.beginn', 's.id'])
      .limit(SLOTS_ANGEZEIGT)
      .select(
        's.id',
        's.beginn',
        's.dauer_minuten as dauerMinuten',
        'a.name as anliegen',
        db.raw("m.vorname || ' ' || m.nachname as fuer"),
        db.raw("exists (select 1 from termine t where t.slot_id = s.id and t.status <> 'abgesagt') as gebucht"),
      ),
  ]);
  return { anliegen, mitarbeiter, slots: slots.map((s) => ({ ...s, beginn: new Date(s.beginn) })) as SlotZeile[] };
}

/** One active Anliegen for its edit form. */
export async function anliegenLaden(db: Db, id: number) {
  const row = Number.isSafeInteger(id)
    ? await db('anliegen')
        .where({ id, aktiv: true })
        .first('id', 'name', 'dauer_minuten as dauerMinuten', 'ort', 'team', 'oeffentlich')
    : undefined;
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return row as { id: number; name: string; dauerMinuten: number; ort: string; team: string; oeffentlich: boolean };
}
