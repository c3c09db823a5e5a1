// Cancels a booked appointment through the link in its confirmation mail; the slot is free again and the reminder ends.
import type { AppContext } from '../../platform/context.js';
import { terminLinkEinloesen } from './termin-link-einloesen.js';
import { terminEinplanen } from './termine-einplanen.js';

export async function terminLinkAbsagen(app: AppContext, token: string): Promise<void> {
  await app.db.transaction(async (trx) => {
    const termin = await terminLinkEinloesen(trx, token);
    await trx('termine').where({ id: termin.id }).update({ status: 'abgesagt', updated_at: trx.fn.now() });
    await terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
      id: termin.id,
      schluessel: termin.erinnerung_schluessel,
      beginn: termin.beginn,
      status: 'abgesagt',
    });
  });
}
