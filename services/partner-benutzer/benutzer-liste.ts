// The users of a partner organisation for its Verwaltung page, active ones first.
import type { Db } from '../../db/knex.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';

export interface BenutzerZeile {
  id: number;
  email: string;
  nachname: string;
  vorname: string;
  istAdmin: boolean;
  aktiv: boolean;
  passwortGesetzt: boolean;
  letzterLogin: Date | null;
}

export async function benutzerListe(db: Db, partnerId: number): Promise<BenutzerZeile[]> {
  const rows = await PartnerBenutzer.query(db)
    .where({ partner_id: partnerId })
    .orderBy([{ column: 'aktiv', order: 'desc' }, 'nachname', 'vorname', 'id'])
    .select(
      'id',
      'email',
      'nachname',
      'vorname',
      'ist_admin',
      'aktiv',
      'letzter_login',
      db.raw('passwort_hash is not null as passwort_gesetzt'),
    )
    .castTo<Array<PartnerBenutzer & { passwort_gesetzt: boolean }>>();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    nachname: r.nachname,
    vorname: r.vorname,
    istAdmin: r.ist_admin,
    aktiv: r.aktiv,
    passwortGesetzt: r.passwort_gesetzt,
    letzterLogin: r.letzter_login,
  }));
}
