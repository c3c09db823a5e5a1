// Per-address rate limit for sign-in attempts (in this process; the per-account lockout lives in PostgreSQL).
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';

export function rateLimit({ proMinute }: { proMinute: number }): Middleware {
  const fenster = new Map<string, { start: number; anzahl: number }>();
  return async (ctx, next) => {
    const jetzt = Date.now();
    const eintrag = fenster.get(ctx.ip);
    if (!eintrag || jetzt - eintrag.start > 60_000) fenster.set(ctx.ip, { start: jetzt, anzahl: 1 });
    else if (++eintrag.anzahl > proMinute) throw new FachlicherFehler('zu_viele_versuche');
    if (fenster.size > 10_000) for (const [ip, e] of fenster) if (jetzt - e.start > 60_000) fenster.delete(ip);
    await next();
  };
}
