// The machine API under /api/v1: bearer tokens only — no session, cookie or CSRF — JSON bodies, idempotent writes, audited calls.
import Router from '@koa/router';
import type { Context, Middleware, Next } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { bearerAnmeldung } from './anmeldung.js';
import { apiAudit } from './audit.js';
import { ausgangRoutes } from './ausgang/routes.js';
import { idempotenz } from './idempotenz.js';
import { jsonBody } from './json-body.js';
import { pdfBody } from './pdf-body.js';
import { kundenRoutes } from './kunden/routes.js';
import { openApiDokument } from './openapi.js';
import { termineRoutes } from './termine/routes.js';
import type { Registrierung } from './operation.js';
import { ausstellerQuelle, konfigurierterAussteller, tokenPruefer } from './zugangstoken.js';

export const API_PREFIX = '/api/v1';

/** Runs middleware one after the other, ending in `ende`. */
function kette(middleware: Middleware[]): (ctx: Context, ende: Next) => Promise<void> {
  return async (ctx, ende) => {
    const schritt = async (i: number): Promise<void> => {
      await (i === middleware.length ? ende() : middleware[i]!(ctx, () => schritt(i + 1)));
    };
    await schritt(0);
  };
}

/** Handles every /api/ path itself and never passes it on to the session, form and CSRF middleware of the pages. */
export function apiRoutes(app: AppContext): Middleware {
  const aussteller = ausstellerQuelle();
  const registrierung: Registrierung = { operationen: [] };
  const router = new Router({ prefix: API_PREFIX });
  kundenRoutes(router, registrierung, app);
  termineRoutes(router, registrierung, app);
  ausgangRoutes(router, registrierung, app);

  const dokument = new Router({ prefix: API_PREFIX });
  dokument.get('/openapi.json', async (ctx) => {
    const { tokenEndpoint } = await konfigurierterAussteller(app.config, aussteller);
    ctx.body = openApiDokument(registrierung.operationen, {
      serverUrl: `${app.config.publicUrl}${API_PREFIX}`,
      tokenUrl: tokenEndpoint,
    });
  });

  const oeffentlich = kette([dokument.routes() as Middleware]);
  const geschuetzt = kette([
    bearerAnmeldung(tokenPruefer(app.config, aussteller)),
    apiAudit(app.db),
    pdfBody(),
    jsonBody(),
    idempotenz(app.db),
    router.routes() as Middleware,
    router.allowedMethods({ throw: true }) as Middleware,
  ]);
  const ende = async () => {
    throw new FachlicherFehler('nicht_gefunden');
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'GET' && ctx.path === `${API_PREFIX}/openapi.json`) return oeffentlich(ctx, ende);
    await geschuetzt(ctx, ende);
  };
}
