// CSRF protection: every state-changing request carries the session's token (form field or htmx header).
import { timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Sitzung } from '../sitzung/sitzung.js';

const sicher = new Set(['GET', 'HEAD', 'OPTIONS']);

function gleich(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether the token is the session's own CSRF token. */
export function tokenGueltig(sitzung: Sitzung | undefined, token: string): boolean {
  return Boolean(sitzung && token && gleich(token, sitzung.daten.csrf));
}

export function csrf(): Middleware {
  return async (ctx, next) => {
    if (!sicher.has(ctx.method)) {
      const token = ctx.get('X-CSRF-Token') || ctx.state.formular?.felder?._csrf || '';
      if (!tokenGueltig(ctx.state.sitzung, token)) throw new FachlicherFehler('formular_abgelaufen');
    }
    await next();
  };
}
