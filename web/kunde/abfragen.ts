// Read models of the client portal: each query is scoped to the signed-in client.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { GesendetZeile } from './gesendet-page.js';
import type { StartseiteDaten } from './startseite-page.js';
import type { Neuigkeit } from '../components/neuigkeiten.js';

export async function startseiteLaden(db: Db, kundeId: number): Promise<StartseiteDaten> {
  const [termine, neuigkeiten] = await Promise.all([
    db('termine as t')
      .leftJoin('mitarbeiter as m', 'm.id', 't.mitarbeiter_id')
      .where({ 't.kunde_id': kundeId, 't.status': 'geplant' })
      .andWhere('t.beginn', '>=', db.fn.now())
      .orderBy('t.beginn')
      .limit(3)
      .select('t.beginn', db.raw("coalesce(m.vorname || ' ' || m.nachname, '') as ansprechpartner")),
    aktuelleNeuigkeiten(db, 5),
  ]);
  return { termine, neuigkeiten };
}

/** The jobcenter's news visible now, newest first (clients' and partners' Startseite). */
export function aktuelleNeuigkeiten(db: Db, anzahl: number): Promise<Neuigkeit[]> {
  return db('neuigkeiten')
    .where('sichtbar_ab', '<=', db.fn.now())
    .andWhere((q) => q.whereNull('sichtbar_bis').orWhere('sichtbar_bis', '>', db.fn.now()))
    .orderBy('sichtbar_ab', 'desc')
    .limit(anzahl)
    .select('titel', 'text');
}

const zeileAusRow = (row: Record<string, unknown>) => ({
  eingangsnummer: row.eingangsnummer as string,
  status: row.status as GesendetZeile['status'],
  ablehnungsgrund: (row.ablehnungsgrund as GesendetZeile['ablehnungsgrund']) ?? null,
});

/** The client's own submissions, and what a partner sent for them with "Kunde berechtigt". */
const sichtbar = (db: Db, kundeId: number) =>
  db('eingangsdokumente as e')
    .leftJoin('partner as p', 'p.id', 'e.partner_id')
    .where('e.kunde_id', kundeId)
    .andWhere((q) => q.where('e.kanal', 'kunde').orWhere((p) => p.where('e.kanal', 'partner').andWhere('e.kunde_berechtigt', true)));

/** What the client sent through the portal (and partners for them, if allowed), newest first. */
export async function gesendetLaden(db: Db, kundeId: number): Promise<GesendetZeile[]> {
  const rows = await sichtbar(db, kundeId)
    .orderBy('e.eingegangen_am', 'desc')
    .limit(200)
    .select('e.eingangsnummer', 'e.status', 'e.ablehnungsgrund', 'e.eingegangen_am', 'e.teams', 'e.art', 'e.dokumentart', 'e.betreff', 'e.info', 'e.blob_key', 'p.name as partner');
  return rows.map((row) => ({
    ...zeileAusRow(row),
    eingegangenAm: row.eingegangen_am,
    teams: row.teams,
    name: `${row.art === 'mitteilung' ? `${row.dokumentart}: ${row.betreff}` : row.dokumentart}${row.partner ? ` (${row.partner})` : ''}`,
    info: row.info,
    herunterladbar: Boolean(row.blob_key) && row.status !== 'abgelehnt',
  }));
}

/** One of the client's own documents, or 404 for anything else. */
export async function eigenesDokument(db: Db, kundeId: number, eingangsnummer: string) {
  const row = await sichtbar(db, kundeId).andWhere('e.eingangsnummer', eingangsnummer).first('e.*');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return { ...zeileAusRow(row), blobKey: row.blob_key as string | null, dokumentart: row.dokumentart as string };
}
