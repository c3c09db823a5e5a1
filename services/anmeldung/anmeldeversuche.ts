// Failed sign-ins per identifier (existing or not, so a lockout reveals nothing): count in a window, then lock for a while.
import type { Db } from '../../db/knex.js';
import { anmeldung } from '../../domain/anmeldung.js';
import { hashPasswort } from '../../platform/passwort.js';

/** Compared against when the account is unknown, so both cases take the same time. */
export const attrappe = hashPasswort('attrappe-passwort');

export async function gesperrt(db: Db, kennung: string): Promise<boolean> {
  const row = await db('anmeldeversuche').where({ kennung }).first('gesperrt_bis');
  return Boolean(row?.gesperrt_bis && new Date(row.gesperrt_bis) > new Date());
}

export async function fehlversuch(db: Db, kennung: string): Promise<void> {
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

export async function versucheVergessen(db: Db, kennung: string): Promise<void> {
  await db('anmeldeversuche').where({ kennung }).delete();
}
