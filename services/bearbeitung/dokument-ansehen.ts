// A staff member opens a document: visible to them (or 403/404), and the access is on the audit log.
import type { AppContext } from '../../platform/context.js';
import { protokollieren } from './protokollieren.js';
import { sichtbaresDokument, type Bearbeiter, type DokumentAnsicht } from './sichtbares-dokument.js';

export async function dokumentAnsehen(
  app: AppContext,
  mitarbeiter: Bearbeiter,
  eingangsnummer: string,
  requestId?: string,
): Promise<DokumentAnsicht> {
  const dokument = await sichtbaresDokument(app, mitarbeiter, eingangsnummer);
  await protokollieren(app, { mitarbeiterId: mitarbeiter.id, aktion: 'ansehen', eingangsnummer, requestId });
  return dokument;
}
