// Partner sign-in: e-mail + password with the client login's protections (same answer for unknown and wrong, lockout).
import type { Db } from '../../db/knex.js';
import { fn } from 'objection';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { pruefePasswort } from '../../platform/passwort.js';
import { attrappe, fehlversuch, gesperrt, versucheVergessen } from './anmeldeversuche.js';

export const partnerKennung = (email: string) => `partner:${email.trim().toLowerCase()}`;

export async function partnerAnmelden(
  db: Db,
  eingabe: { email: string; passwort: string },
): Promise<{ benutzerId: number; sprache: string }> {
  const email = eingabe.email.trim().toLowerCase();
  const kennung = partnerKennung(email);
  if (await gesperrt(db, kennung)) throw new FachlicherFehler('zu_viele_versuche');
  // A user who has not yet set a password (invitation pending), or of a deactivated organisation, cannot sign in.
  const benutzer =
    email.length <= 254
      ? await PartnerBenutzer.query(db)
          .alias('b')
          .join('partner as p', 'p.id', 'b.partner_id')
          .findOne({ 'b.email': email, 'b.aktiv': true, 'p.aktiv': true })
          .whereNotNull('b.passwort_hash')
          .select('b.id', 'b.passwort_hash', 'b.sprache')
      : undefined;
  const richtig = await pruefePasswort(eingabe.passwort, benutzer?.passwort_hash ?? (await attrappe));
  if (!benutzer || !richtig) {
    await fehlversuch(db, kennung);
    throw new FachlicherFehler('anmeldung_fehlgeschlagen');
  }
  await versucheVergessen(db, kennung);
  await PartnerBenutzer.query(db).findById(benutzer.id).patch({ letzter_login: fn.now() });
  return { benutzerId: benutzer.id, sprache: benutzer.sprache };
}
