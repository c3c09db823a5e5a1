// The Admin's client accounts page: the 50 newest clients and the staff who may be named responsible for a new one.
import type { AppContext } from '../../platform/context.js';

export interface KundenZeile {
  kundennummer: string;
  name: string;
  aktiv: boolean;
  einwilligung: boolean;
}

/** Active staff by team: Ansprechpartner come from Vermittlung, Leistungssachbearbeiter from Leistung. */
export interface ZustaendigenAuswahl {
  vermittlung: Array<{ id: number; name: string }>;
  leistung: Array<{ id: number; name: string }>;
}

export async function kundenverwaltungLaden(
  app: AppContext,
): Promise<{ zeilen: KundenZeile[]; zustaendige: ZustaendigenAuswahl }> {
  const zeilen: KundenZeile[] = await app
    .db('kunden')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .select(
      'kundennummer',
      app.db.raw("vorname || ' ' || nachname as name"),
      'aktiv',
      app.db.raw('online_zustellung_seit is not null as einwilligung'),
    );
  const staff: Array<{ id: number; team: string; name: string }> = await app
    .db('mitarbeiter')
    .where({ aktiv: true })
    .whereIn('team', ['vermittlung', 'leistung'])
    .orderBy(['nachname', 'vorname'])
    .select('id', 'team', app.db.raw("vorname || ' ' || nachname as name"));
  const auswahl = (team: string) => staff.filter((m) => m.team === team).map(({ id, name }) => ({ id, name }));
  return { zeilen, zustaendige: { vermittlung: auswahl('vermittlung'), leistung: auswahl('leistung') } };
}
