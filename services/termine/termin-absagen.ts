// Cancels a planned appointment (staff page or machine API); its reminder workflow ends. A second call changes nothing.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { terminBedingung, type TerminSchluessel } from './termin-lesen.js';
import { terminEinplanen } from './termine-einplanen.js';

/** Unknown, or already over (stattgefunden): 404. */
export async function terminAbsagen(app: AppContext, schluessel: TerminSchluessel): Promise<void> {
  await app.db.transaction(async (trx) => {
    const row = await trx('termine as t')
      .where(terminBedingung(schluessel))
      .forUpdate()
      .first('t.id', 't.beginn', 't.status', 't.erinnerung_schluessel');
    if (row?.status === 'abgesagt') return;
    if (!row || row.status !== 'geplant') throw new FachlicherFehler('nicht_gefunden');
    await trx('termine').where({ id: row.id }).update({ status: 'abgesagt', updated_at: trx.fn.now() });
    // Inside the transaction: if Temporal cannot take the change, the appointment stays planned.
    await terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
      id: row.id,
      schluessel: row.erinnerung_schluessel,
      beginn: new Date(row.beginn),
      status: 'abgesagt',
    });
  });
}
