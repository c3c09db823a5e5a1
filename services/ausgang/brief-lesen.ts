// A letter's delivery as the Fachverfahren follows it: Versandstatus, alert, retrieval, deemed-delivery day, paper fallback.
import type { Db } from '../../db/knex.js';

export interface Versand {
  ausgangsnummer: string;
  /** The recipient client, or for a letter to a partner the client it concerns. */
  kundennummer: string;
  partnerId: number | null;
  dokumentart: string;
  bereich: string;
  name: string;
  info: string | null;
  referenz: string | null;
  versandstatus: 'bereitgestellt' | 'benachrichtigt' | 'abgerufen' | 'erinnert' | 'postversand';
  bereitgestelltAm: Date;
  benachrichtigtAm: Date | null;
  abgerufenAm: Date | null;
  /** Online notification (§ 37 Abs. 2a SGB X): a letter to a client, from its alert on. */
  bekanntgabe: { am: string; grundlage: string } | null;
  /** Paper: marked for post, and once staff posted it the day and its notification by post (§ 37 Abs. 2). */
  post: { zurPostAm: Date | null; bekanntgabe: { am: string; grundlage: string } | null } | null;
}

const tag = (spalte: string) => `to_char(a.${spalte}, 'YYYY-MM-DD')`;

export async function briefLesen(db: Db, ausgangsnummer: string): Promise<Versand | undefined> {
  const row = await db('ausgangsdokumente as a')
    .join('kunden as k', 'k.id', db.raw('coalesce(a.kunde_id, a.betrifft_kunde_id)'))
    .where('a.ausgangsnummer', ausgangsnummer)
    .first(
      'a.ausgangsnummer',
      'k.kundennummer',
      'a.partner_id',
      'a.dokumentart',
      'a.bereich',
      'a.name',
      'a.info',
      'a.fachverfahren_referenz',
      'a.versandstatus',
      'a.bereitgestellt_am',
      'a.benachrichtigt_am',
      'a.abgerufen_am',
      db.raw(`${tag('bekanntgabe_am')} as bekanntgabe_am`),
      'a.bekanntgabe_grundlage',
      'a.zur_post_am',
      db.raw(`${tag('post_bekanntgabe_am')} as post_bekanntgabe_am`),
      'a.post_bekanntgabe_grundlage',
    );
  if (!row) return undefined;
  const tagMitGrundlage = (am: string | null, grundlage: string | null) => (am && grundlage ? { am, grundlage } : null);
  return {
    ausgangsnummer: row.ausgangsnummer,
    kundennummer: row.kundennummer,
    partnerId: row.partner_id,
    dokumentart: row.dokumentart,
    bereich: row.bereich,
    name: row.name,
    info: row.info,
    referenz: row.fachverfahren_referenz,
    versandstatus: row.versandstatus,
    bereitgestelltAm: row.bereitgestellt_am,
    benachrichtigtAm: row.benachrichtigt_am,
    abgerufenAm: row.abgerufen_am,
    bekanntgabe: tagMitGrundlage(row.bekanntgabe_am, row.bekanntgabe_grundlage),
    post:
      row.versandstatus === 'postversand' || row.zur_post_am
        ? {
            zurPostAm: row.zur_post_am,
            bekanntgabe: tagMitGrundlage(row.post_bekanntgabe_am, row.post_bekanntgabe_grundlage),
          }
        : null,
  };
}
