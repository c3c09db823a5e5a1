// Client sign-in: Kundennummer + password, the same answer for unknown numbers and wrong passwords, lockout per identifier.
import type { Db } from '../../db/knex.js';
import { anmeldung } from '../../domain/anmeldung.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { hashPasswort, pruefePasswort } from '../../platform/passwort.js';

/** Compared against when the Kundennummer is unknown, so both cases take the same time. */
const attrappe = hashPasswort('attrappe-passwort');

async function gesperrt(db: Db, kennung: string): Promise<boolean> {
  const row = await db('anmeldeversuche').where({ kennung }).first('gesperrt_bis');
  return Boolean(row?.gesperrt_bis && new Date(row.gesperrt_bis) > new Date());
}

async function fehlversuch(db: Db, kennung: string): Promise<void> {
  const fenster = new Date(Date.now() - anmeldung.fensterMinuten * 60_000);
  await db.raw(
    `insert into anmeldeversuche (kennung, fehlversuche, erster_fehlversuch) values (?, 1, now())
     on conflict (kennung) do update set
       fehlversuche = case when anmeldeversuche.erster_fehlversuch < ? then 1 else anmeldeversuche.fehlversuche + 1 end,
       erster_fehlversuch = case when anmeldeversuche.erster_fehlversuch < ? then now() else anmeldeversuche.erster_fehlversuch end`,
    [kennung, fenster, fenster],
  );
  await db('anmeldeversuche')
    .where({ kennung })
    .andWhere('fehlversuche', '>=', anmeldung.maxFehlversuche)
    .update({ gesperrt_bis: new Date(Date.now() + anmeldung.sperreMinuten * 60_000), fehlversuche: 0 });
}

export async function kundeAnmelden(db: Db, eingabe: { kundennummer: string; passwort: string }): Promise<{ id: number; passwortAendern: boolean; sprache: string }> {
  const kundennummer = normalisiereKundennummer(eingabe.kundennummer);
  const kennung = `kunde:${kundennummer}`;
  if (await gesperrt(db, kennung)) throw new FachlicherFehler('zu_viele_versuche');
  const kunde = await db('kunden').where({ kundennummer, aktiv: true }).first('id', 'passwort_hash', 'passwort_aendern', 'sprache');
  const richtig = await pruefePasswort(eingabe.passwort, kunde?.passwort_hash ?? (await attrappe));
  if (!kunde || !richtig) {
    await fehlversuch(db, kennung);
    throw new FachlicherFehler('anmeldung_fehlgeschlagen');
  }
  await db('anmeldeversuche').where({ kennung }).delete();
  await db('kunden').where({ id: kunde.id }).update({ letzter_login: db.fn.now() });
  return { id: kunde.id, passwortAendern: kunde.passwort_aendern, sprache: kunde.sprache };
}
