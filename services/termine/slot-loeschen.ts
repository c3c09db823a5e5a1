// The Admin team deletes a free slot; a booked one stays (PostgreSQL's foreign key decides against a booking in flight).
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

/** Told to staff when the slot has a booking that is not cancelled. */
export const SLOT_GEBUCHT =
  'Dieser Termin ist gebucht und kann nicht gelöscht werden. Bitte sagen Sie zuerst die Buchung ab.';

/** Cancelled bookings of the slot keep their record and lose only the reference to it. */
export async function slotLoeschen(app: AppContext, slotId: number): Promise<void> {
  if (!Number.isSafeInteger(slotId)) throw new FachlicherFehler('nicht_gefunden');
  try {
    await app.db.transaction(async (trx) => {
      const slot = await trx('termin_slots').where({ id: slotId }).forUpdate().first('id');
      if (!slot) throw new FachlicherFehler('nicht_gefunden');
      const gebucht = await trx('termine').where({ slot_id: slotId }).whereNot({ status: 'abgesagt' }).first('id');
      if (gebucht) throw new FachlicherFehler('konflikt', SLOT_GEBUCHT, { slot: 'gebucht' });
      await trx('termine').where({ slot_id: slotId, status: 'abgesagt' }).update({ slot_id: null });
      await trx('termin_slots').where({ id: slotId }).del();
    });
  } catch (error) {
    // A booking committed between the check and the delete: the row it references cannot go.
    if ((error as { code?: string }).code === '23503')
      throw new FachlicherFehler('konflikt', SLOT_GEBUCHT, { slot: 'gebucht' });
    throw error;
  }
}
