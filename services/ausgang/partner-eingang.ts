// What the jobcenter sent to a partner organisation (Zuweisung, Lebenslauf, …); every user of the organisation sees it.
import type { Db } from '../../db/knex.js';
import type { Bereich } from '../../domain/bereich.js';
import { briefVerfuegbarkeit, type Loeschfristen, type Verfuegbarkeit } from '../../domain/loeschkonzept.js';

export interface PartnerEingangZeile {
  ausgangsnummer: string;
  datum: Date;
  dokumentart: string;
  name: string;
  kunde: string | null;
  bereich: Bereich;
  info: string | null;
  abgerufenAm: Date | null;
  verfuegbarkeit: Verfuegbarkeit;
}

export async function partnerEingangLaden(
  db: Db,
  partnerId: number,
  fristen: Loeschfristen,
  limit = 500,
): Promise<PartnerEingangZeile[]> {
  const rows = await db('ausgangsdokumente as a')
    .leftJoin('kunden as k', 'k.id', 'a.betrifft_kunde_id')
    .where('a.partner_id', partnerId)
    .orderBy('a.bereitgestellt_am', 'desc')
    .limit(limit)
    .select(
      'a.ausgangsnummer',
      'a.bereitgestellt_am',
      'a.dokumentart',
      'a.name',
      'a.bereich',
      'a.info',
      'a.abgerufen_am',
      'a.benachrichtigt_am',
      'a.loeschsperre_seit',
      'k.kundennummer',
      'k.vorname',
      'k.nachname',
    );
  return rows.map((row) => ({
    ausgangsnummer: row.ausgangsnummer,
    datum: row.bereitgestellt_am,
    dokumentart: row.dokumentart,
    name: row.name,
    kunde: row.kundennummer ? `${row.nachname}, ${row.vorname} (${row.kundennummer})` : null,
    bereich: row.bereich,
    info: row.info,
    abgerufenAm: row.abgerufen_am,
    verfuegbarkeit: briefVerfuegbarkeit(
      {
        abgerufenAm: row.abgerufen_am,
        bekanntgabeAm: null,
        postBekanntgabeAm: null,
        benachrichtigtAm: row.benachrichtigt_am,
        anPartner: true,
        gesperrt: Boolean(row.loeschsperre_seit),
      },
      fristen,
    ),
  }));
}
