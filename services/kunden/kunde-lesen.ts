// A client's master data as the Fachverfahren and staff know it, responsible staff named by their OIDC subject.
import type { Db } from '../../db/knex.js';
import type { Sprache } from '../../domain/sprache.js';

export interface Kundenstamm {
  kundennummer: string;
  bgNummer: string;
  vorname: string;
  nachname: string;
  strasse: string | null;
  plz: string | null;
  ort: string | null;
  email: string | null;
  sprache: Sprache;
  /** Consent to online delivery since then; null without consent. */
  onlineZustellungSeit: Date | null;
  ansprechpartner: string | null;
  leistungssachbearbeiter: string | null;
  aktiv: boolean;
}

export async function kundeLesen(db: Db, kundennummer: string): Promise<Kundenstamm | undefined> {
  const row = await db('kunden as k')
    .leftJoin('mitarbeiter as ap', 'ap.id', 'k.ansprechpartner_id')
    .leftJoin('mitarbeiter as ls', 'ls.id', 'k.leistungssachbearbeiter_id')
    .where('k.kundennummer', kundennummer)
    .first(
      'k.kundennummer',
      'k.bg_nummer',
      'k.vorname',
      'k.nachname',
      'k.strasse',
      'k.plz',
      'k.ort',
      'k.email',
      'k.sprache',
      'k.online_zustellung_seit',
      'k.aktiv',
      'ap.oidc_subject as ansprechpartner',
      'ls.oidc_subject as leistungssachbearbeiter',
    );
  if (!row) return undefined;
  return {
    kundennummer: row.kundennummer,
    bgNummer: row.bg_nummer,
    vorname: row.vorname,
    nachname: row.nachname,
    strasse: row.strasse,
    plz: row.plz,
    ort: row.ort,
    email: row.email,
    sprache: row.sprache,
    onlineZustellungSeit: row.online_zustellung_seit,
    ansprechpartner: row.ansprechpartner,
    leistungssachbearbeiter: row.leistungssachbearbeiter,
    aktiv: row.aktiv,
  };
}
