// Download of an incoming document's filed PDF, for staff and API clients alike: visibility checked, access audited, bytes streamed from the blob store.
import type { Readable } from 'node:stream';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { protokollieren, type Zugreifer } from '../bearbeitung/protokollieren.js';
import { mitarbeiterDarfSehen } from '../bearbeitung/sichtbares-dokument.js';

export type Herunterladender = { mitarbeiter: { id: number; team: string } } | { apiClient: string };

/** 404 for an unknown number or a document without PDF (refused, not yet merged), 403 for a staff member who may not see it. */
export async function eingangsPdfHerunterladen(
  app: Pick<AppContext, 'db' | 'blobs'>,
  wer: Herunterladender,
  eingangsnummer: string,
  requestId?: string,
): Promise<{ stream: Readable; dateiname: string }> {
  const row: { teams: string[]; zugewiesen_an: number | null; status: string; blob_key: string | null } | undefined =
    await app.db('eingangsdokumente').where({ eingangsnummer }).first('teams', 'zugewiesen_an', 'status', 'blob_key');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  if ('mitarbeiter' in wer && !mitarbeiterDarfSehen(wer.mitarbeiter, row))
    throw new FachlicherFehler('nicht_berechtigt');
  if (row.status === 'abgelehnt' || !row.blob_key)
    throw new FachlicherFehler('nicht_gefunden', 'Zu diesem Eingang gibt es kein PDF.');
  const zugreifer: Zugreifer = 'mitarbeiter' in wer ? { mitarbeiterId: wer.mitarbeiter.id } : wer;
  await protokollieren(app, { ...zugreifer, aktion: 'herunterladen', eingangsnummer, requestId });
  return { stream: app.blobs.stream(row.blob_key), dateiname: `${eingangsnummer}.pdf` };
}
