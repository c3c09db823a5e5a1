// Changes a client's password after checking the current one; clears the first-login flag.
import type { Db } from '../../db/knex.js';
import { pruefeNeuesPasswort, type PasswortProblem } from '../../domain/anmeldung.js';
import { hashPasswort, pruefePasswort } from '../../platform/passwort.js';

export type PasswortErgebnis = { ok: true } | { ok: false; feld: 'bisher' | 'neu' | 'wiederholung'; problem: PasswortProblem | 'bisher_falsch' };

export async function passwortAendern(db: Db, kundeId: number, eingabe: { bisher: string; neu: string; wiederholung: string }): Promise<PasswortErgebnis> {
  const kunde = await db('kunden').where({ id: kundeId }).first('kundennummer', 'passwort_hash');
  if (!(await pruefePasswort(eingabe.bisher, kunde.passwort_hash))) return { ok: false, feld: 'bisher', problem: 'bisher_falsch' };
  const problem = pruefeNeuesPasswort(eingabe.neu, eingabe.wiederholung, kunde.kundennummer, eingabe.bisher);
  if (problem) return { ok: false, feld: problem === 'ungleich' ? 'wiederholung' : 'neu', problem };
  await db('kunden').where({ id: kundeId }).update({ passwort_hash: await hashPasswort(eingabe.neu), passwort_aendern: false, updated_at: db.fn.now() });
  return { ok: true };
}
