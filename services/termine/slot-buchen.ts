// Books a free slot for a signed-in client or a guest; PostgreSQL's unique index decides who gets a contested slot.
import { istEmailAdresse } from '../../domain/email.js';
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { istSprache } from '../../domain/sprache.js';
import type { AppContext } from '../../platform/context.js';
import { terminBestaetigungStarten } from './termin-bestaetigung-starten.js';
import { terminEinplanen } from './termine-einplanen.js';

export type Buchender = { kundeId: number } | { gast: { name: string; email: string; sprache: string } };

/** Message of the conflict every loser of a race for one slot gets. */
export const SLOT_VERGEBEN = 'Dieser Termin ist leider schon vergeben. Bitte wählen Sie einen anderen.';

/** What can be wrong with a guest's fields: name "fehlt"; email "ungueltig". */
export type GastProblem = 'fehlt' | 'ungueltig';

const istEindeutigVerletzt = (error: unknown) => (error as { code?: string }).code === '23505';
/** The slot was deleted by the Admin team while this booking was under way. */
const istSlotWeg = (error: unknown) => (error as { code?: string }).code === '23503';

function gastPruefen(gast: { name: string; email: string; sprache: string }) {
  const name = gast.name.trim().slice(0, 200);
  const email = gast.email.trim().toLowerCase();
  const probleme: Probleme<GastProblem> = {};
  if (!name) probleme.name = 'fehlt';
  if (!istEmailAdresse(email)) probleme.email = 'ungueltig';
  if (Object.keys(probleme).length > 0) throw new FachlicherFehler('ungueltige_eingabe', 'Angaben fehlen', probleme);
  return { gast_name: name, gast_email: email, gast_sprache: istSprache(gast.sprache) ? gast.sprache : 'de' };
}

/** Refuses an unknown, past or non-public (for guests) slot with 404 and a taken one with 409 (`SLOT_VERGEBEN`). */
export async function slotBuchen(
  app: AppContext,
  slotId: number,
  buchender: Buchender,
): Promise<{ terminId: number; beginn: Date }> {
  const person = 'kundeId' in buchender ? { kunde_id: buchender.kundeId } : gastPruefen(buchender.gast);
  const slot = Number.isSafeInteger(slotId)
    ? await app
        .db('termin_slots as s')
        .join('anliegen as a', 'a.id', 's.anliegen_id')
        .where({ 's.id': slotId, 'a.aktiv': true })
        .andWhere('s.beginn', '>', app.db.fn.now())
        .first(
          's.id',
          's.beginn',
          's.dauer_minuten',
          's.mitarbeiter_id',
          'a.id as anliegen_id',
          'a.name',
          'a.ort',
          'a.oeffentlich',
        )
    : undefined;
  if (!slot || (!('kundeId' in buchender) && !slot.oeffentlich)) throw new FachlicherFehler('nicht_gefunden');
  const beginn = new Date(slot.beginn);
  try {
    return await app.db.transaction(async (trx) => {
      const [row] = await trx('termine')
        .insert({
          ...person,
          slot_id: slot.id,
          anliegen_id: slot.anliegen_id,
          mitarbeiter_id: slot.mitarbeiter_id,
          beginn,
          dauer_minuten: slot.dauer_minuten,
          raum: slot.ort.slice(0, 50),
          mitteilung_1: slot.name,
        })
        .returning(['id', 'erinnerung_schluessel']);
      // Inside the transaction: if Temporal cannot take the reminder or the confirmation, the slot stays free.
      await terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
        id: row.id,
        schluessel: row.erinnerung_schluessel,
        beginn,
        status: 'geplant',
      });
      await terminBestaetigungStarten(app, { terminId: row.id, schluessel: row.erinnerung_schluessel, beginn });
      return { terminId: row.id as number, beginn };
    });
  } catch (error) {
    if (istEindeutigVerletzt(error)) throw new FachlicherFehler('konflikt', SLOT_VERGEBEN, { slot: 'vergeben' });
    if (istSlotWeg(error)) throw new FachlicherFehler('nicht_gefunden');
    throw error;
  }
}
