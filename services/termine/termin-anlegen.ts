// Staff create an appointment from the form (Berlin date and time) through the same use case as the machine API.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { terminSpeichern } from './termin-speichern.js';
import { formularZeitpunkt } from './zeitpunkt.js';

export interface TerminEingabe {
  kundennummer: string;
  datum: string;
  uhrzeit: string;
  raum?: string;
  telefon?: string;
  mitteilung1?: string;
  mitteilung2?: string;
}

/** The form names the start `datum`; a refused start is reported there. */
function formularFelder(error: unknown): never {
  if (!(error instanceof FachlicherFehler) || !error.felder.beginn) throw error;
  const { beginn, ...rest } = error.felder;
  throw new FachlicherFehler(error.typ, error.message, { ...rest, datum: beginn });
}

export async function terminAnlegen(app: AppContext, mitarbeiterId: number, eingabe: TerminEingabe): Promise<number> {
  const { datum, uhrzeit, ...daten } = eingabe;
  const { termin } = await terminSpeichern(
    app,
    { ...daten, beginn: formularZeitpunkt(datum, uhrzeit) },
    { mitarbeiterId },
  ).catch(formularFelder);
  return termin.id;
}
