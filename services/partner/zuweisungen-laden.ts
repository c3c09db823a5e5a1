// The clients assigned to a partner organisation (Admin), for the staff page that ends assignments.
import { Kunde } from '../../db/models/kunde.js';
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
  const kunden = await Kunde.query(app.db)
    .alias('k')
    .join('partner_kunden as pk', 'pk.kunde_id', 'k.id')
    .where('pk.partner_id', partnerId)
    .orderBy(['k.nachname', 'k.vorname'])
    .select('k.kundennummer', 'k.nachname', 'k.vorname', 'pk.seit')
    .castTo<Array<Pick<Kunde, 'kundennummer' | 'nachname' | 'vorname'> & { seit: Date }>>();
  const zeilen = kunden.map((k) => ({
    kundennummer: k.kundennummer,
    name: `${k.nachname}, ${k.vorname}`,
    seit: k.seit,
  }));
  return { name: partner.name, zeilen };
}
