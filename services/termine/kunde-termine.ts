// The client's appointments: upcoming and past lists, and one appointment by id (404 for anyone else's).
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface TerminZeile {
  id: number;
  beginn: Date;
  ansprechpartner: string;
  raum: string | null;
  telefon: string | null;
  mitteilung1: string | null;
  mitteilung2: string | null;
  status: 'geplant' | 'abgesagt' | 'stattgefunden' | 'versaeumt';
}

function termineVon(db: Db, kundeId: number) {
  return db('termine as t')
    .leftJoin('mitarbeiter as m', 'm.id', 't.mitarbeiter_id')
    .where('t.kunde_id', kundeId)
    .select(
      't.id',
      't.beginn',
      't.dauer_minuten as dauerMinuten',
      't.raum',
      't.telefon',
      't.mitteilung_1 as mitteilung1',
      't.mitteilung_2 as mitteilung2',
      't.status',
      't.updated_at as geaendertAm',
      db.raw("coalesce(m.vorname || ' ' || m.nachname, '') as ansprechpartner"),
    );
}

export async function termineLaden(
  db: Db,
  kundeId: number,
): Promise<{ kommende: TerminZeile[]; vergangene: TerminZeile[] }> {
  const [kommende, vergangene] = await Promise.all([
    termineVon(db, kundeId).andWhere('t.beginn', '>=', db.fn.now()).orderBy('t.beginn', 'asc').limit(100),
    termineVon(db, kundeId).andWhere('t.beginn', '<', db.fn.now()).orderBy('t.beginn', 'desc').limit(50),
  ]);
  return { kommende, vergangene };
}

export async function eigenerTermin(
  db: Db,
  kundeId: number,
  terminId: number,
): Promise<TerminZeile & { dauerMinuten: number; geaendertAm: Date }> {
  const termin = Number.isSafeInteger(terminId)
    ? await termineVon(db, kundeId).andWhere('t.id', terminId).first()
    : undefined;
  if (!termin) throw new FachlicherFehler('nicht_gefunden');
  return termin;
}
