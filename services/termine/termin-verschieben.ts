// Staff move a planned appointment to another day or time; its reminder workflow follows.
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import type { TerminProblem } from './termin-speichern.js';
import { terminEinplanen } from './termine-einplanen.js';
import { formularZeitpunkt } from './zeitpunkt.js';

export async function terminVerschieben(
  app: AppContext,
  terminId: number,
  datum: string,
  uhrzeit: string,
): Promise<void> {
  const beginn = formularZeitpunkt(datum, uhrzeit);
  if (!beginn || beginn.getTime() <= Date.now())
    throw new FachlicherFehler('ungueltige_eingabe', 'Zeitpunkt ungültig', {
      datum: 'ungueltig',
    } satisfies Probleme<TerminProblem>);
  await app.db.transaction(async (trx) => {
    const [row] = await trx('termine')
      .where({ id: terminId, status: 'geplant' })
      .update({ beginn, updated_at: trx.fn.now() })
      .returning(['id', 'erinnerung_schluessel']);
    if (!row) throw new FachlicherFehler('nicht_gefunden');
    await terminEinplanen(app.temporal.client, app.temporal.plan.taskQueues.io, {
      id: terminId,
      schluessel: row.erinnerung_schluessel,
      beginn,
      status: 'geplant',
    });
  });
}
