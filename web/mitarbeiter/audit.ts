// Writes one audit entry per staff access or action.
import type { Db } from '../../db/knex.js';

export type AuditAktion =
  'ansehen' | 'herunterladen' | 'uebernehmen' | 'bereich_aendern' | 'erledigen' | 'zuordnen' | 'verwerfen';

export async function protokollieren(
  db: Db,
  eintrag: {
    mitarbeiterId: number;
    aktion: AuditAktion;
    eingangsnummer: string;
    details?: Record<string, unknown>;
    requestId?: string;
  },
): Promise<void> {
  await db('audit_log').insert({
    mitarbeiter_id: eintrag.mitarbeiterId,
    aktion: eintrag.aktion,
    eingangsnummer: eintrag.eingangsnummer,
    details: eintrag.details ?? {},
    request_id: eintrag.requestId ?? null,
  });
}
