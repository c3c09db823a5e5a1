// Staff actions are the workflow's updates; a validator's refusal becomes a conflict the page shows.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Bereich } from '../../domain/bereich.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import {
  bereichAendernUpdate,
  erledigenUpdate,
  uebernehmenUpdate,
} from '../../workflows/dokument-eingang-nachrichten.js';
import { protokollieren } from './protokollieren.js';
import { sichtbaresDokument, type Bearbeiter } from './sichtbares-dokument.js';

export type Aktion =
  { art: 'uebernehmen' } | { art: 'erledigen' } | { art: 'bereich_aendern'; bereich: Bereich; grund: string };

export async function dokumentAktion(
  app: AppContext,
  mitarbeiter: Bearbeiter,
  eingangsnummer: string,
  aktion: Aktion,
  requestId?: string,
): Promise<void> {
  await sichtbaresDokument(app, mitarbeiter, eingangsnummer);
  const handle = app.temporal.client.workflow.getHandle(eingangsnummer);
  try {
    if (aktion.art === 'uebernehmen')
      await handle.executeUpdate(uebernehmenUpdate, { args: [{ mitarbeiterId: mitarbeiter.id }] });
    else if (aktion.art === 'erledigen')
      await handle.executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: mitarbeiter.id }] });
    else
      await handle.executeUpdate(bereichAendernUpdate, {
        args: [{ mitarbeiterId: mitarbeiter.id, bereich: aktion.bereich, grund: aktion.grund }],
      });
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError)
      throw new FachlicherFehler('konflikt', error.cause?.message ?? error.message);
    // A finished document's workflow has ended: nothing more to do on it.
    if (error instanceof WorkflowNotFoundError)
      throw new FachlicherFehler('konflikt', 'Das Dokument ist bereits abgeschlossen');
    throw error;
  }
  const details = aktion.art === 'bereich_aendern' ? { bereich: aktion.bereich, grund: aktion.grund } : {};
  await protokollieren(app, {
    mitarbeiterId: mitarbeiter.id,
    aktion: aktion.art,
    eingangsnummer,
    details,
    requestId,
  });
}
