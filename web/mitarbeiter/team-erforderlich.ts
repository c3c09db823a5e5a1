// Route guard: only members of the given teams may continue (everyone else gets 403).
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';

export const gehoertZu = (team: string, teams: readonly string[]) => teams.includes(team);

export function teamErforderlich(...teams: string[]): Middleware {
  return async (ctx, next) => {
    if (!gehoertZu(ctx.state.mitarbeiter.team, teams)) throw new FachlicherFehler('nicht_berechtigt');
    await next();
  };
}
