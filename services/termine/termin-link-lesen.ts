// Reads the appointment behind a cancel/move link from the confirmation mail; undefined when the link is used, expired or unknown.
import type { Db } from '../../db/knex.js';
import { linkTokenHash } from '../../domain/passwort-link.js';

export interface TerminPerLink {
  terminId: number;
  beginn: Date;
  anliegenId: number;
  anliegen: string;
  ort: string | null;
}

export async function terminLinkLesen(db: Db, token: string): Promise<TerminPerLink | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db('termin_links as l')
    .join('termine as t', 't.id', 'l.termin_id')
    .join('anliegen as a', 'a.id', 't.anliegen_id')
    .where('l.token_hash', linkTokenHash(token))
    .andWhere('l.gueltig_bis', '>', db.fn.now())
    .andWhere('t.status', 'geplant')
    .first('t.id', 't.beginn', 'a.id as anliegen_id', 'a.name', 't.raum');
  if (!row) return undefined;
  return {
    terminId: row.id,
    beginn: new Date(row.beginn),
    anliegenId: row.anliegen_id,
    anliegen: row.name,
    ort: row.raum,
  };
}
