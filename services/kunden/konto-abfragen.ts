// The client's contact persons and master data as on file.
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface StammDaten {
  vorname: string;
  nachname: string;
  kundennummer: string;
  bgNummer: string;
  strasse: string | null;
  plz: string | null;
  ort: string | null;
  email: string | null;
  telefon: string | null;
}

export interface Kontaktperson {
  name: string;
  telefon: string | null;
  email: string;
  raum: string | null;
}

export interface KontaktDaten {
  ansprechpartner: Kontaktperson | null;
  leistungssachbearbeiter: Kontaktperson | null;
}

async function person(db: Db, id: number | null): Promise<Kontaktperson | null> {
  if (!id) return null;
  const m = await db('mitarbeiter').where({ id, aktiv: true }).first('vorname', 'nachname', 'telefon', 'email', 'raum');
  return m ? { name: `${m.vorname} ${m.nachname}`, telefon: m.telefon, email: m.email, raum: m.raum } : null;
}

export async function kontaktLaden(db: Db, kundeId: number): Promise<KontaktDaten> {
  const kunde = await Kunde.query(db).findById(kundeId).select('ansprechpartner_id', 'leistungssachbearbeiter_id');
  if (!kunde) throw new FachlicherFehler('nicht_gefunden');
  const [ansprechpartner, leistungssachbearbeiter] = await Promise.all([
    person(db, kunde.ansprechpartner_id),
    person(db, kunde.leistungssachbearbeiter_id),
  ]);
  return { ansprechpartner, leistungssachbearbeiter };
}

export async function stammdatenLaden(db: Db, kundeId: number): Promise<StammDaten> {
  const kunde = await Kunde.query(db)
    .findById(kundeId)
    .select('vorname', 'nachname', 'kundennummer', 'bg_nummer', 'strasse', 'plz', 'ort', 'email', 'telefon');
  if (!kunde) throw new FachlicherFehler('nicht_gefunden');
  const { vorname, nachname, kundennummer, bg_nummer, strasse, plz, ort, email, telefon } = kunde;
  return { vorname, nachname, kundennummer, bgNummer: bg_nummer, strasse, plz, ort, email, telefon };
}
