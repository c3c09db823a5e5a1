// Writes one audit entry per access to or action on an incoming document, by a staff member or an API client.
import type { AppContext } from '../../platform/context.js';

export type AuditAktion =
  'ansehen' | 'herunterladen' | 'uebernehmen' | 'bereich_aendern' | 'erledigen' | 'zuordnen' | 'verwerfen';

/** Who accessed the document: a signed-in staff member or a machine client of the API. */
export type Zugreifer = { mitarbeiterId: number } | { apiClient: string };

export async function protokollieren(
  app: Pick<AppContext, 'db'>,
  eintrag: Zugreifer & {
    aktion: AuditAktion;
    eingangsnummer: string;
    details?: Record<string, unknown>;
    requestId?: string;
  },
): Promise<void> {
  await app.db('audit_log').insert({
    ...('mitarbeiterId' in eintrag ? { mitarbeiter_id: eintrag.mitarbeiterId } : { api_client: eintrag.apiClient }),
    aktion: eintrag.aktion,
    eingangsnummer: eintrag.eingangsnummer,
    details: eintrag.details ?? {},
    request_id: eintrag.requestId ?? null,
  });
}
