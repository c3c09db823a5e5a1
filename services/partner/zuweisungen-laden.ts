// The clients assigned to a partner organisation (Admin), for the staff page that ends assignments.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

export interface ZuweisungZeile {
  kundennummer: string;
  name: string;
  seit: Date;
}

/** The organisation and the clients assigned to it, or 404. */
export async function zuweisungenLaden(
  app: AppContext,
  partnerId: number,
): Promise<{ name: string; zeilen: ZuweisungZeile[] }> {
  const partner = await app.db('partner').where({ id: partnerId }).first('name');
  if (!partner) throw new FachlicherFehler('nicht_gefunden');
  const zeilen = await app
    .db('partner_kunden as pk')
    .join('kunden as k', 'k.id', 'pk.kunde_id')
    .where('pk.partner_id', partnerId)
    .orderBy(['k.nachname', 'k.vorname'])
    .select('k.kundennummer', app.db.raw("k.nachname || ', ' || k.vorname as name"), 'pk.seit');
  return { name: partner.name, zeilen };
}
