// The machine API under /api/v1: bearer tokens only — no session, cookie or CSRF — JSON bodies, idempotent writes, audited calls.
import Router from '@koa/router';
import type { Context, Middleware, Next } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { bearerAnmeldung } from './anmeldung.js';
import { apiAudit } from './audit.js';
import { ausgangRoutes } from './ausgang/routes.js';
import { eingangRoutes } from './eingang/routes.js';
import { ereignisRoutes } from './ereignisse/routes.js';
import { idempotenz } from './idempotenz.js';
import { jsonBody } from './json-body.js';
import { pdfBody } from './pdf-body.js';
import { kundenRoutes } from './kunden/routes.js';
import { openApiDokument } from './openapi.js';
import { termineRoutes } from './termine/routes.js';
import { scanRoutes } from './scan/routes.js';
import type { Registrierung } from './operation.js';
import { partnerZuordnungRoutes } from './partner/routes.js';
import { apiRatenlimit } from './ratenlimit.js';
import { ReferenzPage, type OpenApiReferenz } from './referenz/referenz-page.js';
import { renderHtml } from '../render.js';
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
  ereignisRoutes(router, registrierung, app);
  eingangRoutes(router, registrierung, app);
  partnerZuordnungRoutes(router, registrierung, app);
  termineRoutes(router, registrierung, app);
  ausgangRoutes(router, registrierung, app);
  scanRoutes(router, registrierung, app);

  const dokument = new Router({ prefix: API_PREFIX });
  const openApi = async () =>
    openApiDokument(registrierung.operationen, {
      serverUrl: `${app.config.publicUrl}${API_PREFIX}`,
      tokenUrl: (await konfigurierterAussteller(app.config, aussteller)).tokenEndpoint,
      webhooks: registrierung.webhooks,
      ratenlimit: app.config.apiRatenlimit,
    });
  dokument.get('/openapi.json', async (ctx) => {
    ctx.body = await openApi();
  });
  dokument.get('/referenz', async (ctx) => {
    const html = ReferenzPage({
      dokument: (await openApi()) as unknown as OpenApiReferenz,
      dokumentUrl: `${API_PREFIX}/openapi.json`,
    });
    renderHtml(ctx, html);
  });

  const oeffentlich = kette([dokument.routes() as Middleware]);
  const geschuetzt = kette([
    bearerAnmeldung(tokenPruefer(app.config, aussteller)),
    apiAudit(app.db),
    apiRatenlimit(app.db, app.config),
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
    if (ctx.method === 'GET' && [`${API_PREFIX}/openapi.json`, `${API_PREFIX}/referenz`].includes(ctx.path))
      return oeffentlich(ctx, ende);
    await geschuetzt(ctx, ende);
  };
}
