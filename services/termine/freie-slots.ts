// Reads the bookable Anliegen and the free future slots of one of them (a slot is free while no booking holds it).
import type { Db } from '../../db/knex.js';

export interface AnliegenZeile {
  id: number;
  name: string;
  dauerMinuten: number;
  ort: string;
  oeffentlich: boolean;
}

export interface FreierSlot {
  id: number;
  beginn: Date;
}

/** `nurOeffentlich` for visitors without an account. */
export async function buchbareAnliegen(db: Db, nurOeffentlich: boolean): Promise<AnliegenZeile[]> {
  return db('anliegen')
    .where({ aktiv: true })
    .modify((q) => (nurOeffentlich ? q.where({ oeffentlich: true }) : q))
    .orderBy('name')
    .select('id', 'name', 'dauer_minuten as dauerMinuten', 'ort', 'oeffentlich');
}

export const freiBedingung = (db: Db) =>
  db.raw("not exists (select 1 from termine b where b.slot_id = s.id and b.status <> 'abgesagt')");

export async function freieSlots(db: Db, anliegenId: number, limit = 60): Promise<FreierSlot[]> {
  const zeilen = await db('termin_slots as s')
    .where('s.anliegen_id', anliegenId)
    .andWhere('s.beginn', '>', db.fn.now())
    .andWhere(freiBedingung(db))
    .orderBy('s.beginn')
    .limit(limit)
    .select('s.id', 's.beginn');
  return zeilen.map((z) => ({ id: z.id, beginn: new Date(z.beginn) }));
}
