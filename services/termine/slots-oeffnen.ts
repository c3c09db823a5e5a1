// Opens slots of an Anliegen for one staff member or the whole team: date, from, to → slots of the Anliegen's duration; a staff member's slots never overlap.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { formularZeitpunkt } from './zeitpunkt.js';

export interface SlotsEingabe {
  anliegenId: number;
  datum: string;
  von: string;
  bis: string;
  /** Undefined: open for the Anliegen's team. */
  mitarbeiterId?: number;
}

/** Returns how many slots were opened; the last one ends at `bis` at the latest. */
export async function slotsOeffnen(app: AppContext, eingabe: SlotsEingabe): Promise<number> {
  const anliegen = Number.isSafeInteger(eingabe.anliegenId)
    ? await app.db('anliegen').where({ id: eingabe.anliegenId, aktiv: true }).first('id', 'dauer_minuten')
    : undefined;
  const von = formularZeitpunkt(eingabe.datum, eingabe.von);
  const bis = formularZeitpunkt(eingabe.datum, eingabe.bis);
  const probleme: Record<string, string> = {};
  if (!anliegen) probleme.anliegen = 'unbekannt';
  if (!von || von.getTime() <= Date.now()) probleme.datum = 'ungueltig';
  if (!bis || !von || bis.getTime() <= von.getTime()) probleme.bis = 'ungueltig';
  if (!anliegen || !von || !bis || Object.keys(probleme).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'Zeitraum ungültig', probleme);
  const schritt = anliegen.dauer_minuten * 60_000;
  const zeilen = [];
  for (let beginn = von.getTime(); beginn + schritt <= bis.getTime() && zeilen.length < 100; beginn += schritt)
    zeilen.push({
      anliegen_id: anliegen.id,
      mitarbeiter_id: eingabe.mitarbeiterId ?? null,
      beginn: new Date(beginn),
      dauer_minuten: anliegen.dauer_minuten,
    });
  if (zeilen.length === 0) throw new FachlicherFehler('ungueltige_eingabe', 'Zeitraum zu kurz', { bis: 'ungueltig' });
  try {
    await app.db('termin_slots').insert(zeilen);
  } catch (error) {
    // The exclusion constraint termin_slots_keine_ueberschneidung: the staff member has a slot in this time already.
    if ((error as { code?: string }).code === '23P01')
      throw new FachlicherFehler('ungueltige_eingabe', 'Zeitraum überschneidet sich', { von: 'ueberschneidung' });
    throw error;
  }
  return zeilen.length;
}
