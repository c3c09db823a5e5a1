// Letters in the client's Eingang: addressed to this client only (not the household).
import type { Bereich } from '../../domain/bereich.js';
import type { Verfuegbarkeit } from '../../domain/loeschkonzept.js';
import type { Db } from '../../db/knex.js';
import { briefVerfuegbarkeit, type Loeschfristen } from '../../domain/loeschkonzept.js';

export interface EingangZeile {
  ausgangsnummer: string;
  datum: Date;
  bereich: Bereich;
  name: string;
  info: string | null;
  abgerufenAm: Date | null;
  verfuegbarkeit: Verfuegbarkeit;
}

export async function eingangLaden(db: Db, kundeId: number, fristen: Loeschfristen): Promise<EingangZeile[]> {
  const rows = await db('ausgangsdokumente')
    .where({ kunde_id: kundeId })
    .orderBy('bereitgestellt_am', 'desc')
    .limit(200)
    .select(
      'ausgangsnummer',
      'bereitgestellt_am',
      'bereich',
      'name',
      'info',
      'abgerufen_am',
      'benachrichtigt_am',
      'loeschsperre_seit',
      db.raw("to_char(bekanntgabe_am, 'YYYY-MM-DD') as bekanntgabe_am"),
      db.raw("to_char(post_bekanntgabe_am, 'YYYY-MM-DD') as post_bekanntgabe_am"),
    );
  return rows.map((row) => ({
    ausgangsnummer: row.ausgangsnummer,
    datum: row.bereitgestellt_am,
    bereich: row.bereich,
    name: row.name,
    info: row.info,
    abgerufenAm: row.abgerufen_am,
    verfuegbarkeit: briefVerfuegbarkeit(
      {
        abgerufenAm: row.abgerufen_am,
        bekanntgabeAm: row.bekanntgabe_am,
        postBekanntgabeAm: row.post_bekanntgabe_am,
        benachrichtigtAm: row.benachrichtigt_am,
        anPartner: false,
        gesperrt: Boolean(row.loeschsperre_seit),
      },
      fristen,
    ),
  }));
}
