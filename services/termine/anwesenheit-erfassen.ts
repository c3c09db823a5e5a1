// Staff mark a booked appointment that has begun as attended (stattgefunden) or missed (versaeumt); it may be corrected.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

export type Anwesenheit = 'stattgefunden' | 'versaeumt';

/** Only the slot's staff member, its team (team slots) or the Admin team; not before the appointment began. */
export async function anwesenheitErfassen(
  app: AppContext,
  mitarbeiter: { id: number; team: string },
  terminId: number,
  anwesenheit: string,
): Promise<void> {
  if (anwesenheit !== 'stattgefunden' && anwesenheit !== 'versaeumt')
    throw new FachlicherFehler('ungueltige_eingabe', 'Anwesenheit unbekannt');
  const termin = Number.isSafeInteger(terminId)
    ? await app
        .db('termine as t')
        .join('termin_slots as s', 's.id', 't.slot_id')
        .join('anliegen as a', 'a.id', 's.anliegen_id')
        .where('t.id', terminId)
        .whereIn('t.status', ['geplant', 'stattgefunden', 'versaeumt'])
        .first('t.id', 't.beginn', 's.mitarbeiter_id', 'a.team')
    : undefined;
  const darf =
    termin &&
    (mitarbeiter.team === 'admin' ||
      termin.mitarbeiter_id === mitarbeiter.id ||
      (termin.mitarbeiter_id === null && termin.team === mitarbeiter.team));
  if (!termin || !darf) throw new FachlicherFehler('nicht_gefunden');
  if (new Date(termin.beginn).getTime() > Date.now())
    throw new FachlicherFehler('konflikt', 'Der Termin hat noch nicht begonnen.');
  await app.db('termine').where({ id: termin.id }).update({ status: anwesenheit, updated_at: app.db.fn.now() });
}
