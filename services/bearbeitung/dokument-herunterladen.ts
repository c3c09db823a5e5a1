// A staff member downloads a document's PDF: visible to them, filed (a refused one has none), and on the audit log.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { protokollieren } from './protokollieren.js';
import { sichtbaresDokument, type Bearbeiter } from './sichtbares-dokument.js';

/** The blob key of the document's PDF. */
export async function dokumentHerunterladen(
  app: AppContext,
  mitarbeiter: Bearbeiter,
  eingangsnummer: string,
  requestId?: string,
): Promise<{ blobKey: string }> {
  const { blobKey } = await sichtbaresDokument(app, mitarbeiter, eingangsnummer);
  if (!blobKey) throw new FachlicherFehler('nicht_gefunden');
  await protokollieren(app, { mitarbeiterId: mitarbeiter.id, aktion: 'herunterladen', eingangsnummer, requestId });
  return { blobKey };
}
