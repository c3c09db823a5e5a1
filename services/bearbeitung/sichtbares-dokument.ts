// One incoming document as staff see it, visible to its teams, its assignee and admins only.
import { Eingangsdokument } from '../../db/models/eingangsdokument.js';
import type { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { EingangZeitpunkte } from '../../domain/loeschkonzept.js';
import type { AppContext } from '../../platform/context.js';

export interface DokumentAnsicht {
  eingangsnummer: string;
  /** Null for scanned paper still waiting for Zuordnen. */
  kundennummer: string | null;
  dokumentart: string | null;
  status: string;
  teams: string[];
  dmsReferenz: string | null;
  blobKey: string | null;
  zugewiesenAn: number | null;
  timeline: Array<{ status: string; zeit: Date }>;
  loeschung: EingangZeitpunkte;
  loeschsperreGrund: string | null;
}

/** Who looks at a document: their id and team. */
export interface Bearbeiter {
  id: number;
  team: string;
}

/** Staff see documents of their team, assigned to them, or all as admins. */
export function mitarbeiterDarfSehen(
  mitarbeiter: Bearbeiter,
  dokument: { teams: string[]; zugewiesen_an: number | null },
): boolean {
  return (
    mitarbeiter.team === 'admin' ||
    dokument.teams.includes(mitarbeiter.team) ||
    dokument.zugewiesen_an === mitarbeiter.id
  );
}

/** 404 for an unknown number, 403 for a document of another team that is not assigned to this member. */
export async function sichtbaresDokument(
  app: AppContext,
  mitarbeiter: Bearbeiter,
  eingangsnummer: string,
): Promise<DokumentAnsicht> {
  const row = await Eingangsdokument.query(app.db)
    .alias('e')
    .join('kunden as k', 'k.id', 'e.kunde_id')
    .findOne('e.eingangsnummer', eingangsnummer)
    .select('e.*', 'k.kundennummer')
    .castTo<(Eingangsdokument & Pick<Kunde, 'kundennummer'>) | undefined>();
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  if (!mitarbeiterDarfSehen(mitarbeiter, row)) throw new FachlicherFehler('nicht_berechtigt');
  const timeline = await app
    .db('eingangs_timeline')
    .where({ eingangsnummer })
    .orderBy('schritt')
    .select('status', 'zeit');
  return {
    eingangsnummer,
    kundennummer: row.kundennummer,
    dokumentart: row.dokumentart,
    status: row.status,
    teams: row.teams,
    dmsReferenz: row.dms_referenz,
    blobKey: row.status === 'abgelehnt' ? null : row.blob_key,
    zugewiesenAn: row.zugewiesen_an,
    timeline,
    loeschung: {
      art: row.art,
      status: row.status,
      erledigtAm: row.erledigt_am,
      aktualisiertAm: row.aktualisiert_am,
      gesperrt: Boolean(row.loeschsperre_seit),
    },
    loeschsperreGrund: row.loeschsperre_grund,
  };
}
