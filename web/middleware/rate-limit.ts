// Per-address rate limit for sign-in attempts (in this process; the per-account lockout lives in PostgreSQL).
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';

const HOECHSTENS = 10_000;

/**
 * Drops finished windows; if a flood of fresh addresses (IPv6) still fills the map, the earliest ones go too,
 * down to 90 % so the sweep does not run again on the very next request.
 */
function aufraeumen(fenster: Map<string, { start: number }>, jetzt: number): void {
  for (const [ip, e] of fenster) if (jetzt - e.start > 60_000) fenster.delete(ip);
  for (const ip of fenster.keys()) {
    if (fenster.size <= HOECHSTENS * 0.9) break;
    fenster.delete(ip);
  }
}

export function rateLimit({ proMinute }: { proMinute: number }): Middleware {
  const fenster = new Map<string, { start: number; anzahl: number }>();
  return async (ctx, next) => {
    const jetzt = Date.now();
    const eintrag = fenster.get(ctx.ip);
    if (!eintrag || jetzt - eintrag.start > 60_000) fenster.set(ctx.ip, { start: jetzt, anzahl: 1 });
    else if (++eintrag.anzahl > proMinute) throw new FachlicherFehler('zu_viele_versuche');
    if (fenster.size > HOECHSTENS) aufraeumen(fenster, jetzt);
    await next();
  };
}
