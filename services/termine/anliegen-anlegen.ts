// The Admin team defines an Anliegen: what an appointment is for, how long it takes, where, which team; public or not.
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

export const anliegenTeams = ['leistung', 'vermittlung', 'poststelle'] as const;

/** What can be wrong: name "fehlt" or "vergeben"; dauer "ungueltig"; ort "fehlt"; team "ungueltig". */
export type AnliegenProblem = 'fehlt' | 'ungueltig' | 'vergeben';

export interface AnliegenEingabe {
  name: string;
  dauerMinuten: string;
  ort: string;
  team: string;
  oeffentlich: boolean;
}

/** The row's fields, or every problem at once. */
export function anliegenPruefen(eingabe: AnliegenEingabe) {
  const name = eingabe.name.trim().slice(0, 100);
  const ort = eingabe.ort.trim().slice(0, 200);
  const dauer = Number(eingabe.dauerMinuten);
  const probleme: Probleme<AnliegenProblem> = {};
  if (!name) probleme.name = 'fehlt';
  if (!Number.isInteger(dauer) || dauer < 5 || dauer > 240) probleme.dauer = 'ungueltig';
  if (!ort) probleme.ort = 'fehlt';
  if (!(anliegenTeams as readonly string[]).includes(eingabe.team)) probleme.team = 'ungueltig';
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'Anliegen unvollständig', probleme);
  return { name, dauer_minuten: dauer, ort, team: eingabe.team, oeffentlich: eingabe.oeffentlich };
}

/** The name is taken by another Anliegen. */
export const anliegenVergeben = () =>
  new FachlicherFehler('ungueltige_eingabe', 'Anliegen gibt es schon', {
    name: 'vergeben',
  } satisfies Probleme<AnliegenProblem>);

export async function anliegenAnlegen(app: AppContext, eingabe: AnliegenEingabe): Promise<number> {
  const [row] = await app.db('anliegen').insert(anliegenPruefen(eingabe)).onConflict('name').ignore().returning('id');
  if (!row) throw anliegenVergeben();
  return row.id as number;
}
