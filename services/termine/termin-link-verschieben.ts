// Moves a booked appointment to another free slot of its Anliegen through the mail's link; a new confirmation follows.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { SLOT_VERGEBEN } from './slot-buchen.js';
import { terminBestaetigungStarten } from './termin-bestaetigung-starten.js';
import { terminLinkEinloesen } from './termin-link-einloesen.js';
import { terminEinplanen } from './termine-einplanen.js';

/** A taken slot is a 409 and leaves the link usable (the transaction rolls back). */
export async function terminLinkVerschieben(app: AppContext, token: string, slotId: number): Promise<void> {
  try {
    await app.db.transaction(async (trx) => {
      const termin = await terminLinkEinloesen(trx, token);
      const slot = Number.isSafeInteger(slotId)
        ? await trx('termin_slots')
            .where({ id: slotId, anliegen_id: termin.anliegen_id })
            .andWhere('beginn', '>', trx.fn.now())
            .first('id', 'beginn', 'dauer_minuten', 'mitarbeiter_id')
        : undefined;
      if (!slot)
        throw new FachlicherFehler('ungueltige_eingabe', 'Bitte einen freien Termin wählen', { slot: 'fehlt' });
      const beginn = new Date(slot.beginn);
      await trx('termine').where({ id: termin.id }).update({
        slot_id: slot.id,
        beginn,
        dauer_minuten: slot.dauer_minuten,
        mitarbeiter_id: slot.mitarbeiter_id,
        updated_at: trx.fn.now(),
      });
      const schluessel = termin.erinnerung_schluessel;
      await terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
        id: termin.id,
        schluessel,
        beginn,
        status: 'geplant',
      });
      await terminBestaetigungStarten(app, { terminId: termin.id, schluessel, beginn });
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new FachlicherFehler('konflikt', SLOT_VERGEBEN, { slot: 'vergeben' });
    throw error;
  }
}
