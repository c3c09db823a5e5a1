// Poststelle assigns a waiting scan (or discards a duplicate) through the workflow's updates; audited.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { Kunde } from '../../db/models/kunde.js';
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { kundenDokumentarten } from '../../domain/katalog.js';
import { kundennummerMuster, normalisiereKundennummer } from '../../domain/nummern.js';
import type { AppContext } from '../../platform/context.js';
import { verwerfenUpdate, zuordnenUpdate } from '../../workflows/dokument-eingang-nachrichten.js';
import { protokollieren } from '../bearbeitung/protokollieren.js';
import { zuordnenDokument } from './zuordnen-abfragen.js';

export type ZuordnenEingabe =
  { art: 'zuordnen'; kundennummer: string; dokumentart: string; duplikatBestaetigt: boolean } | { art: 'verwerfen' };

/** What can be wrong: kundennummer "fehlt", "ungueltig" or "unbekannt"; dokumentart "unbekannt"; duplikat_bestaetigt "fehlt". */
export type ZuordnenProblem = 'fehlt' | 'ungueltig' | 'unbekannt';

async function aktualisieren(ausfuehren: () => Promise<unknown>): Promise<void> {
  try {
    await ausfuehren();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError)
      throw new FachlicherFehler('konflikt', error.cause?.message ?? error.message);
    if (error instanceof WorkflowNotFoundError) throw new FachlicherFehler('konflikt', 'Bereits abgeschlossen');
    throw error;
  }
}

/** Checks the form (client exists and is active, Dokumentart from the catalogue, duplicate confirmed), then updates. */
export async function zuordnenAusfuehren(
  app: AppContext,
  mitarbeiterId: number,
  eingangsnummer: string,
  eingabe: ZuordnenEingabe,
  requestId?: string,
): Promise<{ kundennummer?: string }> {
  const dokument = await zuordnenDokument(app.db, eingangsnummer);
  const handle = app.temporal.client.workflow.getHandle(eingangsnummer);
  if (eingabe.art === 'verwerfen') {
    if (!dokument.duplikat) throw new FachlicherFehler('konflikt', 'Nur ein Duplikat kann verworfen werden');
    await aktualisieren(() => handle.executeUpdate(verwerfenUpdate, { args: [{ mitarbeiterId }] }));
    await protokollieren(app, { mitarbeiterId, aktion: 'verwerfen', eingangsnummer, requestId });
    return {};
  }
  const kundennummer = normalisiereKundennummer(eingabe.kundennummer);
  const probleme: Probleme<ZuordnenProblem> = {};
  if (!kundennummerMuster.test(kundennummer)) probleme.kundennummer = kundennummer ? 'ungueltig' : 'fehlt';
  else if (!(await Kunde.query(app.db).findOne({ kundennummer, aktiv: true }).select('id')))
    probleme.kundennummer = 'unbekannt';
  if (!kundenDokumentarten.some((art) => art.name === eingabe.dokumentart)) probleme.dokumentart = 'unbekannt';
  if (dokument.duplikat && !eingabe.duplikatBestaetigt) probleme.duplikat_bestaetigt = 'fehlt';
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', `Zuordnen: ${Object.keys(probleme).join(', ')}`, probleme);
  const args = {
    mitarbeiterId,
    kundennummer,
    dokumentart: eingabe.dokumentart,
    ...(eingabe.duplikatBestaetigt && { duplikatBestaetigt: true }),
  };
  await aktualisieren(() => handle.executeUpdate(zuordnenUpdate, { args: [args] }));
  const { mitarbeiterId: _, ...details } = args;
  await protokollieren(app, { mitarbeiterId, aktion: 'zuordnen', eingangsnummer, details, requestId });
  return { kundennummer };
}
