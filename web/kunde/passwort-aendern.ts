// Changes the password of a client or partner user after checking the current one; clears a client's first-login flag.
import type { Db } from '../../db/knex.js';
import { pruefeNeuesPasswort, type PasswortProblem } from '../../domain/anmeldung.js';
import { hashPasswort, pruefePasswort } from '../../platform/passwort.js';

export type PasswortErgebnis = { ok: true } | { ok: false; feld: 'bisher' | 'neu' | 'wiederholung'; problem: PasswortProblem | 'bisher_falsch' };

export interface Konto {
  art: 'kunde' | 'partner';
  id: number;
}

const konten = {
  kunde: { tabelle: 'kunden', kennung: 'kundennummer', extra: { passwort_aendern: false } },
  partner: { tabelle: 'partner_benutzer', kennung: 'email', extra: {} },
} as const;

export async function passwortAendern(db: Db, konto: Konto, eingabe: { bisher: string; neu: string; wiederholung: string }): Promise<PasswortErgebnis> {
  const { tabelle, kennung, extra } = konten[konto.art];
  const row = await db(tabelle).where({ id: konto.id }).first(`${kennung} as kennung`, 'passwort_hash');
  if (!row?.passwort_hash || !(await pruefePasswort(eingabe.bisher, row.passwort_hash))) return { ok: false, feld: 'bisher', problem: 'bisher_falsch' };
  const problem = pruefeNeuesPasswort(eingabe.neu, eingabe.wiederholung, row.kennung, eingabe.bisher);
  if (problem) return { ok: false, feld: problem === 'ungleich' ? 'wiederholung' : 'neu', problem };
  await db(tabelle).where({ id: konto.id }).update({ passwort_hash: await hashPasswort(eingabe.neu), ...extra, updated_at: db.fn.now() });
  return { ok: true };
}
