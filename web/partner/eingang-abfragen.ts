// What the jobcenter sent to a partner organisation (Zuweisung, Lebenslauf, …); every user of the organisation sees it.
import type { Db } from '../../db/knex.js';
import type { Bereich } from '../../domain/bereich.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface PartnerEingangZeile {
  ausgangsnummer: string;
  datum: Date;
  dokumentart: string;
  name: string;
  kunde: string | null;
  bereich: Bereich;
  info: string | null;
  abgerufenAm: Date | null;
}

export async function partnerEingangLaden(db: Db, partnerId: number, limit = 500): Promise<PartnerEingangZeile[]> {
  const rows = await db('ausgangsdokumente as a')
    .leftJoin('kunden as k', 'k.id', 'a.betrifft_kunde_id')
    .where('a.partner_id', partnerId)
    .orderBy('a.bereitgestellt_am', 'desc')
    .limit(limit)
    .select('a.ausgangsnummer', 'a.bereitgestellt_am', 'a.dokumentart', 'a.name', 'a.bereich', 'a.info', 'a.abgerufen_am', 'k.kundennummer', 'k.vorname', 'k.nachname');
  return rows.map((row) => ({
    ausgangsnummer: row.ausgangsnummer,
    datum: row.bereitgestellt_am,
    dokumentart: row.dokumentart,
    name: row.name,
    kunde: row.kundennummer ? `${row.nachname}, ${row.vorname} (${row.kundennummer})` : null,
    bereich: row.bereich,
    info: row.info,
    abgerufenAm: row.abgerufen_am,
  }));
}

/** Marks the document as retrieved by the organisation (first time only) and returns where its PDF is. */
export async function partnerBriefAbrufen(db: Db, partnerId: number, ausgangsnummer: string): Promise<{ blobKey: string; ausgangsnummer: string }> {
  const [brief] = await db('ausgangsdokumente')
    .where({ ausgangsnummer, partner_id: partnerId })
    .update({ abgerufen_am: db.raw('coalesce(abgerufen_am, now())'), versandstatus: 'abgerufen', updated_at: db.fn.now() })
    .returning(['blob_key', 'ausgangsnummer']);
  if (!brief) throw new FachlicherFehler('nicht_gefunden');
  return { blobKey: brief.blob_key, ausgangsnummer: brief.ausgangsnummer };
}
