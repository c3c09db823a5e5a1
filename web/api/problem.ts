// RFC 9457 problem details for the API: the error middleware answers /api paths with these instead of a page.
import type { Context } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';

/** Problem types are URNs: stable names, not addresses to fetch. */
export const problemTyp = (typ: string) => `urn:jobcenter:problem:${typ}`;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ feld: string; code: string }>;
}

function detail(fehler: unknown, status: number): string | undefined {
  if (status >= 500) return undefined;
  if (fehler instanceof FachlicherFehler) return fehler.message === fehler.typ ? undefined : fehler.message;
  const { message, expose } = fehler as { message?: string; expose?: boolean };
  return expose && message ? message : undefined;
}

export function problemSenden(
  ctx: Context,
  { status, typ, titel, fehler }: { status: number; typ: string; titel: string; fehler: unknown },
): void {
  const felder = fehler instanceof FachlicherFehler ? Object.entries(fehler.felder) : [];
  const problem: Problem = {
    type: problemTyp(typ),
    title: titel,
    status,
    ...(detail(fehler, status) ? { detail: detail(fehler, status) } : {}),
    ...(felder.length > 0 ? { errors: felder.map(([feld, code]) => ({ feld, code })) } : {}),
  };
  ctx.status = status;
  ctx.body = problem;
  ctx.type = 'application/problem+json';
}
