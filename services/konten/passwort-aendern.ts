// Changes the password of a client or partner user after checking the current one; every old session and open link ends.
import type { Db } from '../../db/knex.js';
import { pruefeNeuesPasswort, type PasswortProblem } from '../../domain/anmeldung.js';
import { hashPasswort, pruefePasswort } from '../../platform/passwort.js';
import { kontoTabellen, type Konto } from './konto.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';

export type PasswortErgebnis =
  { ok: true } | { ok: false; feld: 'bisher' | 'neu' | 'wiederholung'; problem: PasswortProblem | 'bisher_falsch' };

/** A client's first-login flag is cleared with the change. */
const extra = { kunde: { passwort_aendern: false }, partner: {} } as const;

/**
 * Ends every session of the account, the caller's own included: the caller continues its session under a new id, so a
 * copy of the old session cookie opens nothing, and if that step fails the user simply signs in again.
 */
export async function passwortAendern(
  db: Db,
  konto: Konto,
  eingabe: { bisher: string; neu: string; wiederholung: string },
): Promise<PasswortErgebnis> {
  const { tabelle, kennung } = kontoTabellen[konto.art];
  const row = await db(tabelle).where({ id: konto.id }).first(`${kennung} as kennung`, 'passwort_hash');
  if (!row?.passwort_hash || !(await pruefePasswort(eingabe.bisher, row.passwort_hash)))
    return { ok: false, feld: 'bisher', problem: 'bisher_falsch' };
  const problem = pruefeNeuesPasswort(eingabe.neu, eingabe.wiederholung, row.kennung, eingabe.bisher);
  if (problem) return { ok: false, feld: problem === 'ungleich' ? 'wiederholung' : 'neu', problem };
  const hash = await hashPasswort(eingabe.neu);
  await db.transaction(async (trx) => {
    await trx(tabelle)
      .where({ id: konto.id })
      .update({ passwort_hash: hash, ...extra[konto.art], updated_at: trx.fn.now() });
    await zugaengeBeenden(trx, konto);
  });
  return { ok: true };
}
