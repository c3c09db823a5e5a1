// Appointments kept by staff: create, move, cancel — each also moves the client's reminder workflow.
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { berlinZeit } from '../../domain/zeit.js';
import type { AppContext } from '../../platform/context.js';
import { terminEinplanen } from './termine-einplanen.js';

export interface TerminEingabe {
  kundennummer: string;
  datum: string;
  uhrzeit: string;
  raum?: string;
  telefon?: string;
  mitteilung1?: string;
  mitteilung2?: string;
}

/** Berlin date (yyyy-mm-dd) and time (hh:mm) of a form to an instant in the future, or undefined. */
function zeitpunkt(datum: string, uhrzeit: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  const u = /^(\d{2}):(\d{2})$/.exec(uhrzeit);
  if (!d || !u) return undefined;
  const beginn = berlinZeit(Number(d[1]), Number(d[2]), Number(d[3]), Number(u[1]), Number(u[2]));
  return Number.isNaN(beginn.getTime()) || beginn.getTime() <= Date.now() ? undefined : beginn;
}

const optional = (wert: string | undefined, max = 300) => (wert?.trim() ? wert.trim().slice(0, max) : null);

const planen = (
  app: AppContext,
  termin: { id: number; schluessel: string; beginn: Date; status: 'geplant' | 'abgesagt' },
) => terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, termin);

export async function terminAnlegen(app: AppContext, mitarbeiterId: number, eingabe: TerminEingabe): Promise<number> {
  const probleme: Record<string, string> = {};
  const kunde = await Kunde.query(app.db)
    .findOne({ kundennummer: normalisiereKundennummer(eingabe.kundennummer), aktiv: true })
    .select('id');
  if (!kunde) probleme.kundennummer = 'unbekannt';
  const beginn = zeitpunkt(eingabe.datum, eingabe.uhrzeit);
  if (!beginn) probleme.datum = 'ungueltig';
  if (!kunde || Object.keys(probleme).length > 0)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Termin unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  // The reminder is planned inside the transaction: if Temporal cannot take it, the appointment is not saved either.
  return app.db.transaction(async (trx) => {
    const [row] = await trx('termine')
      .insert({
        kunde_id: kunde.id,
        mitarbeiter_id: mitarbeiterId,
        beginn,
        raum: optional(eingabe.raum, 50),
        telefon: optional(eingabe.telefon, 50),
        mitteilung_1: optional(eingabe.mitteilung1),
        mitteilung_2: optional(eingabe.mitteilung2),
      })
      .returning(['id', 'erinnerung_schluessel']);
    await planen(app, { id: row.id, schluessel: row.erinnerung_schluessel, beginn: beginn!, status: 'geplant' });
    return row.id as number;
  });
}

export async function terminVerschieben(
  app: AppContext,
  terminId: number,
  datum: string,
  uhrzeit: string,
): Promise<void> {
  const beginn = zeitpunkt(datum, uhrzeit);
  if (!beginn) throw new FachlicherFehler('ungueltige_eingabe', 'Zeitpunkt ungültig', { datum: 'ungueltig' });
  await app.db.transaction(async (trx) => {
    const [row] = await trx('termine')
      .where({ id: terminId, status: 'geplant' })
      .update({ beginn, updated_at: trx.fn.now() })
      .returning(['id', 'erinnerung_schluessel']);
    if (!row) throw new FachlicherFehler('nicht_gefunden');
    await planen(app, { id: terminId, schluessel: row.erinnerung_schluessel, beginn, status: 'geplant' });
  });
}

export async function terminAbsagen(app: AppContext, terminId: number): Promise<void> {
  await app.db.transaction(async (trx) => {
    const [row] = await trx('termine')
      .where({ id: terminId, status: 'geplant' })
      .update({ status: 'abgesagt', updated_at: trx.fn.now() })
      .returning(['id', 'beginn', 'erinnerung_schluessel']);
    if (!row) throw new FachlicherFehler('nicht_gefunden');
    await planen(app, {
      id: terminId,
      schluessel: row.erinnerung_schluessel,
      beginn: new Date(row.beginn),
      status: 'abgesagt',
    });
  });
}
