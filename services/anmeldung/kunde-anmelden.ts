// Client sign-in: Kundennummer + password, the same answer for unknown numbers and wrong passwords, lockout per identifier.
import { fn } from 'objection';
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { istPasswortHash, pruefePasswort } from '../../platform/passwort.js';
import { attrappe, fehlversuch, gesperrt, versucheVergessen } from './anmeldeversuche.js';

export async function kundeAnmelden(
  db: Db,
  eingabe: { kundennummer: string; passwort: string },
): Promise<{ id: number; passwortAendern: boolean; sprache: string }> {
  const kundennummer = normalisiereKundennummer(eingabe.kundennummer);
  const kennung = `kunde:${kundennummer}`;
  if (await gesperrt(db, kennung)) throw new FachlicherFehler('zu_viele_versuche');
  const kunde = await Kunde.query(db)
    .findOne({ kundennummer, aktiv: true })
    .select('id', 'passwort_hash', 'passwort_aendern', 'sprache');
  // Unknown number or no password yet: compared against a stand-in, so the answer takes as long as for a wrong password.
  const hash = istPasswortHash(kunde?.passwort_hash) ? kunde.passwort_hash : await attrappe;
  const richtig = (await pruefePasswort(eingabe.passwort, hash)) && istPasswortHash(kunde?.passwort_hash);
  if (!kunde || !richtig) {
    await fehlversuch(db, kennung);
    throw new FachlicherFehler('anmeldung_fehlgeschlagen');
  }
  await versucheVergessen(db, kennung);
  await Kunde.query(db).findById(kunde.id).patch({ letzter_login: fn.now() });
  return { id: kunde.id, passwortAendern: kunde.passwort_aendern, sprache: kunde.sprache };
}
