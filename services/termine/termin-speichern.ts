// Creates an appointment, or creates or updates one by the Fachverfahren's id; the client's reminder workflow follows.
import { Kunde } from '../../db/models/kunde.js';
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import type { AppContext } from '../../platform/context.js';
import { terminLesen, type Termin } from './termin-lesen.js';
import { terminEinplanen } from './termine-einplanen.js';

export interface TerminDaten {
  kundennummer: string;
  /** Undefined when the sender's date was no valid moment. */
  beginn: Date | undefined;
  dauerMinuten?: number;
  raum?: string | null;
  telefon?: string | null;
  mitteilung1?: string | null;
  mitteilung2?: string | null;
}

/** What can be wrong: kundennummer "unbekannt" (or deactivated); beginn "ungueltig" (no moment in the future). */
export type TerminProblem = 'unbekannt' | 'ungueltig';

export interface TerminSpeichernOptionen {
  /** Set by the machine API: creates the appointment under this id, or updates the one that has it. */
  fachverfahrenId?: string;
  /** The staff member who creates it (staff page). */
  mitarbeiterId?: number;
  /** Runs inside the transaction on the locked current state (undefined: not there yet) and may refuse by throwing. */
  vorbedingung?: (aktuell: Termin | undefined) => void;
}

const text = (wert: string | null | undefined, max = 300) => (wert?.trim() ? wert.trim().slice(0, max) : null);

/**
 * Refuses an unknown or deactivated client, a start that is not in the future and a cancelled appointment (409). The
 * reminder is planned inside the transaction: if Temporal cannot take it, nothing is saved either.
 */
export async function terminSpeichern(
  app: AppContext,
  daten: TerminDaten,
  { fachverfahrenId, mitarbeiterId, vorbedingung }: TerminSpeichernOptionen = {},
): Promise<{ termin: Termin; angelegt: boolean }> {
  const probleme: Probleme<TerminProblem> = {};
  const kunde = await Kunde.query(app.db)
    .findOne({ kundennummer: normalisiereKundennummer(daten.kundennummer), aktiv: true })
    .select('id');
  if (!kunde) probleme.kundennummer = 'unbekannt';
  if (!daten.beginn || daten.beginn.getTime() <= Date.now()) probleme.beginn = 'ungueltig';
  if (!kunde || !daten.beginn || Object.keys(probleme).length > 0)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Termin unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  const beginn = daten.beginn;
  const spalten = {
    kunde_id: kunde.id,
    beginn,
    ...(daten.dauerMinuten === undefined ? {} : { dauer_minuten: daten.dauerMinuten }),
    raum: text(daten.raum, 50),
    telefon: text(daten.telefon, 50),
    mitteilung_1: text(daten.mitteilung1),
    mitteilung_2: text(daten.mitteilung2),
  };
  const planen = (termin: { id: number; erinnerung_schluessel: string }) =>
    terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
      id: termin.id,
      schluessel: termin.erinnerung_schluessel,
      beginn,
      status: 'geplant',
    });
  return app.db.transaction(async (trx) => {
    const neu = async (zusatz: Record<string, unknown>) => {
      const [row] = await trx('termine')
        .insert({ ...spalten, mitarbeiter_id: mitarbeiterId ?? null, ...zusatz })
        .modify((q) => (fachverfahrenId === undefined ? q : q.onConflict('fachverfahren_id').ignore()))
        .returning(['id', 'erinnerung_schluessel']);
      return row as { id: number; erinnerung_schluessel: string } | undefined;
    };
    if (fachverfahrenId === undefined) {
      const row = (await neu({}))!;
      await planen(row);
      return { termin: (await terminLesen(trx, { id: row.id }))!, angelegt: true };
    }
    // Two rounds at most: a concurrent first PUT of the same id makes this insert do nothing; then it is an update.
    for (;;) {
      const gesperrt = await trx('termine')
        .where({ fachverfahren_id: fachverfahrenId })
        .forUpdate()
        .first('id', 'erinnerung_schluessel');
      const aktuell = gesperrt && (await terminLesen(trx, { id: gesperrt.id }));
      vorbedingung?.(aktuell);
      if (!gesperrt || !aktuell) {
        const row = await neu({ fachverfahren_id: fachverfahrenId });
        if (!row) continue;
        await planen(row);
        return { termin: (await terminLesen(trx, { id: row.id }))!, angelegt: true };
      }
      if (aktuell.status !== 'geplant')
        throw new FachlicherFehler(
          'konflikt',
          'Der Termin ist abgesagt oder vorbei und kann nicht mehr geändert werden.',
          {
            status: aktuell.status,
          },
        );
      await trx('termine')
        .where({ id: gesperrt.id })
        .update({ ...spalten, updated_at: trx.fn.now() });
      if (aktuell.beginn.getTime() !== beginn.getTime()) await planen(gesperrt);
      return { termin: (await terminLesen(trx, { id: gesperrt.id }))!, angelegt: false };
    }
  });
}
