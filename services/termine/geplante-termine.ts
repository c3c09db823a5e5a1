// The staff's appointments page: the next 100 planned appointments with client and staff member.
import type { AppContext } from '../../platform/context.js';

export interface TerminVerwaltungZeile {
  id: number;
  kundennummer: string;
  beginn: Date;
  raum: string | null;
  mitarbeiter: string;
}

export async function geplanteTermineLaden(app: AppContext): Promise<TerminVerwaltungZeile[]> {
  return app
    .db('termine as t')
    .join('kunden as k', 'k.id', 't.kunde_id')
    .leftJoin('mitarbeiter as m', 'm.id', 't.mitarbeiter_id')
    .where('t.status', 'geplant')
    .andWhere('t.beginn', '>', app.db.fn.now())
    .orderBy('t.beginn')
    .limit(100)
    .select(
      't.id',
      'k.kundennummer',
      't.beginn',
      't.raum',
      app.db.raw("coalesce(m.vorname || ' ' || m.nachname, '') as mitarbeiter"),
    );
}
