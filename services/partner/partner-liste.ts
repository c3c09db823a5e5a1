// The partner organisations for the staff list (Admin): each with its active users and assigned clients counted.
import type { AppContext } from '../../platform/context.js';

export interface PartnerZeile {
  id: number;
  name: string;
  email: string;
  benutzer: number;
  kunden: number;
  aktiv: boolean;
}

export async function partnerListe(app: AppContext): Promise<PartnerZeile[]> {
  const rows = await app
    .db('partner as p')
    .orderBy('p.name')
    .select(
      'p.id',
      'p.name',
      'p.email',
      'p.aktiv',
      app.db.raw('(select count(*) from partner_benutzer b where b.partner_id = p.id and b.aktiv)::int as benutzer'),
      app.db.raw('(select count(*) from partner_kunden pk where pk.partner_id = p.id)::int as kunden'),
    );
  return rows;
}
