// Admin has the zip of an Auskunft made in the background: for a client's request, or for a client directly.
import { Auskunft } from '../../db/models/auskunft.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { auskunftErstellen } from '../../workflows/auskunft-erstellen.js';

export type AuskunftAnlass = { auskunftId: number } | { kundennummer: string };

/** Marks the request in_arbeit and starts its workflow (id `auskunft-<id>`; a second start of the same one is a no-op). */
export async function auskunftAnstossen(
  app: AppContext,
  anlass: AuskunftAnlass,
  mitarbeiterId: number,
): Promise<Auskunft> {
  const auskunft = await app.db.transaction(async (trx) => {
    if ('kundennummer' in anlass) {
      const kunde = await trx('kunden').where({ kundennummer: anlass.kundennummer }).first('id');
      if (!kunde) throw new FachlicherFehler('nicht_gefunden');
      return Auskunft.query(trx).insertAndFetch({
        kunde_id: kunde.id,
        beantragt_von: 'mitarbeiter',
        status: 'in_arbeit',
        erstellt_von: mitarbeiterId,
      });
    }
    const zeile = await Auskunft.query(trx).findById(anlass.auskunftId).forUpdate();
    if (!zeile) throw new FachlicherFehler('nicht_gefunden');
    if (zeile.status !== 'beantragt') return zeile;
    return zeile.$query(trx).patchAndFetch({ status: 'in_arbeit', erstellt_von: mitarbeiterId });
  });
  if (auskunft.status === 'in_arbeit')
    await app.temporal.client.workflow.start(auskunftErstellen, {
      workflowId: `auskunft-${auskunft.id}`,
      taskQueue: app.temporal.plan.taskQueues.io,
      args: [{ auskunftId: auskunft.id }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  return auskunft;
}
