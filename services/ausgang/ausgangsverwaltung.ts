// The staff's outbound letters page: the 50 newest letters with delivery and availability, and the partners to send to.
import { briefVerfuegbarkeit, type Verfuegbarkeit } from '../../domain/loeschkonzept.js';
import type { AppContext } from '../../platform/context.js';

export interface AusgangZeile {
  ausgangsnummer: string;
  kundennummer: string | null;
  /** Set for a letter to a partner organisation. */
  partner: string | null;
  name: string;
  dokumentart: string;
  versandstatus: string;
  benachrichtigtAm: Date | null;
  abgerufenAm: Date | null;
  /** Set once staff recorded that the letter was posted. */
  zurPostAm: Date | null;
  /** Deemed notification days (YYYY-MM-DD) with their source: online after the alert, on paper after posting; letters to clients only. */
  bekanntgabeAm: string | null;
  bekanntgabeGrundlage: string | null;
  postBekanntgabeAm: string | null;
  postBekanntgabeGrundlage: string | null;
  verfuegbarkeit: Verfuegbarkeit;
  loeschsperreGrund: string | null;
}

export async function ausgangsverwaltungLaden(
  app: AppContext,
): Promise<{ zeilen: AusgangZeile[]; partner: Array<{ id: number; name: string }> }> {
  const rows = await app
    .db('ausgangsdokumente as a')
    .leftJoin('kunden as k', 'k.id', app.db.raw('coalesce(a.kunde_id, a.betrifft_kunde_id)'))
    .leftJoin('partner as p', 'p.id', 'a.partner_id')
    .orderBy('a.bereitgestellt_am', 'desc')
    .limit(50)
    .select(
      'a.ausgangsnummer',
      'k.kundennummer',
      'p.name as partner',
      'a.name',
      'a.dokumentart',
      'a.versandstatus',
      'a.benachrichtigt_am as benachrichtigtAm',
      'a.abgerufen_am as abgerufenAm',
      'a.zur_post_am as zurPostAm',
      app.db.raw('to_char(a.bekanntgabe_am, \'YYYY-MM-DD\') as "bekanntgabeAm"'),
      'a.bekanntgabe_grundlage as bekanntgabeGrundlage',
      app.db.raw('to_char(a.post_bekanntgabe_am, \'YYYY-MM-DD\') as "postBekanntgabeAm"'),
      'a.post_bekanntgabe_grundlage as postBekanntgabeGrundlage',
      'a.partner_id',
      'a.loeschsperre_seit',
      'a.loeschsperre_grund as loeschsperreGrund',
    );
  const zeilen = rows.map(({ partner_id, loeschsperre_seit, ...z }) => ({
    ...z,
    verfuegbarkeit: briefVerfuegbarkeit(
      { ...z, anPartner: partner_id !== null, gesperrt: Boolean(loeschsperre_seit) },
      app.config.loeschfristen,
    ),
  }));
  const partner = await app.db('partner').where({ aktiv: true }).orderBy('name').select('id', 'name');
  return { zeilen, partner };
}
