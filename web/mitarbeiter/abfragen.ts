// Staff read models: a team's inbox and one document, visible to its teams, its assignee and admins only.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { DokumentAnsicht } from './dokument-page.js';
import type { PostfachZeile } from './postfach-page.js';

export async function postfachLaden(db: Db, team: string): Promise<PostfachZeile[]> {
  return db('eingangsdokumente as e')
    .join('kunden as k', 'k.id', 'e.kunde_id')
    .leftJoin('partner as p', 'p.id', 'e.partner_id')
    .leftJoin('mitarbeiter as m', 'm.id', 'e.zugewiesen_an')
    .whereRaw('? = any(e.teams)', [team])
    .orderBy('e.eingegangen_am', 'desc')
    .limit(100)
    .select(
      'e.eingangsnummer',
      'e.eingegangen_am as eingegangenAm',
      'e.kanal',
      db.raw("coalesce(p.name, k.vorname || ' ' || k.nachname) as absender"),
      'k.kundennummer',
      'e.dokumentart',
      'e.status',
      db.raw("case when m.id is null then null else m.vorname || ' ' || m.nachname end as zugewiesen"),
    );
}

/** 404 for an unknown number, 403 for a document of another team that is not assigned to this member. */
export async function sichtbaresDokument(db: Db, mitarbeiter: { id: number; team: string }, eingangsnummer: string): Promise<DokumentAnsicht> {
  const row = await db('eingangsdokumente as e').join('kunden as k', 'k.id', 'e.kunde_id').where('e.eingangsnummer', eingangsnummer).first('e.*', 'k.kundennummer');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  const darf = mitarbeiter.team === 'admin' || (row.teams as string[]).includes(mitarbeiter.team) || row.zugewiesen_an === mitarbeiter.id;
  if (!darf) throw new FachlicherFehler('nicht_berechtigt');
  const timeline = await db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt').select('status', 'zeit');
  return { eingangsnummer, kundennummer: row.kundennummer, dokumentart: row.dokumentart, status: row.status, teams: row.teams, dmsReferenz: row.dms_referenz, blobKey: row.status === 'abgelehnt' ? null : row.blob_key, zugewiesenAn: row.zugewiesen_an, timeline };
}
