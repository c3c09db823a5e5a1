// A staff member's day: their own slots and their team's open slots, each with its booking (client or guest) if any.
import type { Db } from '../../db/knex.js';
import { formularZeitpunkt } from './zeitpunkt.js';

export interface TagesplanZeile {
  slotId: number;
  beginn: Date;
  dauerMinuten: number;
  anliegen: string;
  terminId: number | null;
  /** Client "Name (Kundennummer)" or the guest's name; null while the slot is free. */
  wer: string | null;
  status: 'geplant' | 'stattgefunden' | 'versaeumt' | null;
}

export async function tagesplanLaden(
  db: Db,
  mitarbeiter: { id: number; team: string },
  datum: string,
): Promise<TagesplanZeile[]> {
  const von = formularZeitpunkt(datum, '00:00');
  if (!von) return [];
  const bis = new Date(von.getTime() + 36 * 3_600_000);
  const zeilen = await db('termin_slots as s')
    .join('anliegen as a', 'a.id', 's.anliegen_id')
    .leftJoin('termine as t', (j) => j.on('t.slot_id', 's.id').andOnVal('t.status', '<>', 'abgesagt'))
    .leftJoin('kunden as k', 'k.id', 't.kunde_id')
    .where('s.beginn', '>=', von)
    .andWhere('s.beginn', '<', bis)
    .andWhere(db.raw("to_char(s.beginn at time zone 'Europe/Berlin', 'YYYY-MM-DD') = ?", [datum]))
    .modify((q) =>
      mitarbeiter.team === 'admin'
        ? q
        : q.andWhere((w) =>
            w
              .where('s.mitarbeiter_id', mitarbeiter.id)
              .orWhere((o) => o.whereNull('s.mitarbeiter_id').andWhere('a.team', mitarbeiter.team)),
          ),
    )
    .orderBy('s.beginn')
    .select(
      's.id as slotId',
      's.beginn',
      's.dauer_minuten as dauerMinuten',
      'a.name as anliegen',
      't.id as terminId',
      't.status',
      db.raw("coalesce(k.vorname || ' ' || k.nachname || ' (' || k.kundennummer || ')', t.gast_name) as wer"),
    );
  return zeilen.map((z: TagesplanZeile) => ({ ...z, beginn: new Date(z.beginn) }));
}
