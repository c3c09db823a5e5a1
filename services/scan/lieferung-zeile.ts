// Typed row of a scan delivery, read by id (and, for an API client, only its own).
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface LieferungZeile {
  lieferung_id: string;
  client_id: string;
  /** YYYY-MM-DD */
  scan_datum: string;
  erwartet: number;
  status: 'offen' | 'geschlossen' | 'abgeschlossen';
  frist: Date;
  erstellt_am: Date;
  geschlossen_am: Date | null;
  abgeschlossen_am: Date | null;
  protokoll: unknown;
  protokoll_pdf_key: string | null;
}

export async function lieferungZeile(db: Db, lieferungId: string): Promise<LieferungZeile | undefined> {
  return db('scan_lieferungen')
    .where({ lieferung_id: lieferungId })
    .first('*', db.raw("to_char(scan_datum, 'YYYY-MM-DD') as scan_datum"));
}

/** The delivery of this client; another client's counts as not there. */
export async function eigeneLieferung(db: Db, clientId: string, lieferungId: string): Promise<LieferungZeile> {
  const zeile = await lieferungZeile(db, lieferungId);
  if (!zeile || zeile.client_id !== clientId)
    throw new FachlicherFehler('nicht_gefunden', 'Diese Lieferung gibt es nicht.');
  return zeile;
}
