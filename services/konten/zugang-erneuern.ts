// Renews a client's access (Admin): a new first password and letter; the old password, open links, sessions and any lockout end.
import { fn } from 'objection';
import type { Db } from '../../db/knex.js';
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { neuesZugangspasswort } from '../../domain/zugangspasswort.js';
import { hashPasswort } from '../../platform/passwort.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';
import { zugangsschreiben } from './zugangsschreiben.js';

/** A new initial password and letter; the old password, open links, sessions and any lockout end. */
export async function zugangErneuern(
  db: Db,
  eingabe: string,
  qrSchluessel: readonly QrSchluessel[],
): Promise<{ kundennummer: string; pdf: Uint8Array }> {
  const kundennummer = normalisiereKundennummer(eingabe);
  const kunde = await Kunde.query(db)
    .findOne({ kundennummer, aktiv: true })
    .select('id', 'kundennummer', 'vorname', 'nachname', 'strasse', 'plz', 'ort', 'sprache');
  if (!kunde) throw new FachlicherFehler('nicht_gefunden');
  const passwort = neuesZugangspasswort();
  const pdf = await zugangsschreiben(kunde, passwort, true, qrSchluessel);
  const hash = await hashPasswort(passwort);
  await db.transaction(async (trx) => {
    await Kunde.query(trx)
      .findById(kunde.id)
      .patch({ passwort_hash: hash, passwort_aendern: true, updated_at: fn.now() });
    await zugaengeBeenden(trx, { art: 'kunde', id: kunde.id });
    await trx('anmeldeversuche')
      .where({ kennung: `kunde:${kundennummer}` })
      .delete();
  });
  return { kundennummer, pdf };
}
