// Staff sign-in result: claims to a staff member (created or updated by their subject), team and roles from the claims.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export const mitarbeiterTeams = ['leistung', 'vermittlung', 'poststelle', 'admin'] as const;
export type MitarbeiterTeam = (typeof mitarbeiterTeams)[number];

export interface StaffClaims {
  sub: string;
  given_name?: unknown;
  family_name?: unknown;
  email?: unknown;
  team?: unknown;
}

export async function mitarbeiterAusClaims(
  db: Db,
  claims: StaffClaims,
): Promise<{ id: number; team: MitarbeiterTeam }> {
  const team = mitarbeiterTeams.find((t) => t === claims.team);
  if (!team || typeof claims.email !== 'string')
    throw new FachlicherFehler('nicht_berechtigt', 'Anmeldung ohne Team oder E-Mail');
  const daten = {
    oidc_subject: claims.sub,
    vorname: typeof claims.given_name === 'string' ? claims.given_name : '',
    nachname: typeof claims.family_name === 'string' ? claims.family_name : '',
    email: claims.email,
    team,
    updated_at: db.fn.now(),
  };
  const [row] = await db('mitarbeiter').insert(daten).onConflict('oidc_subject').merge().returning(['id', 'aktiv']);
  if (!row.aktiv) throw new FachlicherFehler('nicht_berechtigt', 'Mitarbeiter deaktiviert');
  return { id: row.id, team };
}
