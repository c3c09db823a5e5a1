// Read models of the client portal: each query is scoped to the signed-in client.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { StatusDaten } from '../../domain/status.js';
import { SICHTBAR_FUER_KUNDEN } from './sichtbar.js';
import { aktuelleNeuigkeiten } from '../portal/neuigkeiten.js';

export interface StartseiteDaten {
  termine: Array<{ beginn: Date; ansprechpartner: string }>;
  neuigkeiten: Array<{ titel: string; text: string }>;
  /** A ready Auskunft the client has not downloaded yet. */
  auskunftBereit: boolean;
}

export async function startseiteLaden(db: Db, kundeId: number): Promise<StartseiteDaten> {
  const [termine, neuigkeiten, auskunft] = await Promise.all([
    db('termine as t')
      .leftJoin('mitarbeiter as m', 'm.id', 't.mitarbeiter_id')
      .where({ 't.kunde_id': kundeId, 't.status': 'geplant' })
      .andWhere('t.beginn', '>=', db.fn.now())
      .orderBy('t.beginn')
      .limit(3)
      .select('t.beginn', db.raw("coalesce(m.vorname || ' ' || m.nachname, '') as ansprechpartner")),
    aktuelleNeuigkeiten(db, 5),
    db('auskuenfte').where({ kunde_id: kundeId, status: 'bereit' }).whereNull('abgerufen_am').first('id'),
  ]);
  return { termine, neuigkeiten, auskunftBereit: Boolean(auskunft) };
}

/** Status fields of one row. */
const zeileAusRow = (row: Record<string, unknown>) => ({
  eingangsnummer: row.eingangsnummer as string,
  status: row.status as StatusDaten['status'],
  ablehnungsgrund: (row.ablehnungsgrund as StatusDaten['ablehnungsgrund']) ?? null,
  hinweise: (row.hinweise as StatusDaten['hinweise']) ?? [],
});

const sichtbar = (db: Db, kundeId: number) =>
  db('eingangsdokumente as e').where('e.kunde_id', kundeId).andWhereRaw(SICHTBAR_FUER_KUNDEN);

/** One of the client's own documents, or 404 for anything else. */
export async function eigenesDokument(db: Db, kundeId: number, eingangsnummer: string) {
  const row = await sichtbar(db, kundeId).andWhere('e.eingangsnummer', eingangsnummer).first('e.*');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return { ...zeileAusRow(row), blobKey: row.blob_key as string | null, dokumentart: row.dokumentart as string };
}
