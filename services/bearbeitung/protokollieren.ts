// Writes one audit entry per staff access or action.
import type { AppContext } from '../../platform/context.js';

export type AuditAktion = 'ansehen' | 'herunterladen' | 'uebernehmen' | 'bereich_aendern' | 'erledigen';

export async function protokollieren(
  app: AppContext,
  eintrag: {
    mitarbeiterId: number;
    aktion: AuditAktion;
    eingangsnummer: string;
    details?: Record<string, unknown>;
    requestId?: string;
  },
): Promise<void> {
  await app.db('audit_log').insert({
    mitarbeiter_id: eintrag.mitarbeiterId,
    aktion: eintrag.aktion,
    eingangsnummer: eintrag.eingangsnummer,
    details: eintrag.details ?? {},
    request_id: eintrag.requestId ?? null,
  });
}
