// The Koa application: request ids, security headers, one error middleware, then the feature routers.
import Koa from 'koa';
import type { AppContext } from '../platform/context.js';
import { anmeldung } from '../domain/anmeldung.js';
import { apiRoutes } from './api/routes.js';
import { assetRoutes } from './assets/routes.js';
import { authRoutes } from './auth/routes.js';
import { bearbeitungsstandRoutes } from './info/bearbeitungsstand-routes.js';
import { kundenLinkAktionen } from './auth/kunden-link-aktionen.js';
import { vergessenRoutes } from './auth/vergessen-routes.js';
import { kundenZugang } from './auth/zugang.js';
import { partnerAnmeldungRoutes } from './partner/anmeldung-routes.js';
import { partnerRoutes } from './partner/routes.js';
import { healthRoutes } from './health/routes.js';
import { infoRoutes } from './info/routes.js';
import { kundeRoutes } from './kunde/routes.js';
import { mappeRoutes } from './mappe/routes.js';
import { teilenRoutes } from './kunde/teilen-routes.js';
import { mitarbeiterAnmeldungRoutes } from './mitarbeiter/anmeldung-routes.js';
import { mitarbeiterRoutes } from './mitarbeiter/routes.js';
import { csrf } from './middleware/csrf.js';
import { errorHandler } from './middleware/errors.js';
import { formular } from './middleware/formular.js';
import { metriken } from './middleware/metriken.js';
import { requestId } from './middleware/request-id.js';
import { securityHeaders } from './middleware/security-headers.js';
import { sitzungen as createSitzungen } from './sitzung/sitzung.js';
import { terminRoutes } from './termin/routes.js';

export interface AppOptionen {
  /** The clock of cached public figures (Bearbeitungsstand); tests move it instead of waiting. */
  uhr?: () => Date;
}

export function createApp(ctx: AppContext, { uhr = () => new Date() }: AppOptionen = {}): Koa {
  // Behind the one reverse proxy that terminates TLS: the client's address is the last X-Forwarded-For entry,
  // the one the proxy appended; anything before it was sent by the client and could be invented.
  const app = new Koa({ proxy: ctx.config.publicUrl.startsWith('https:'), maxIpsCount: 1 });
  app.silent = true;
  app.use(requestId(ctx.log));
  app.use(metriken());
  app.use(securityHeaders(() => (ctx.config.oidcIssuer ? [new URL(ctx.config.oidcIssuer).origin] : [])));
  app.use(errorHandler());
  for (const router of [healthRoutes(ctx), assetRoutes()]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  // The machine API answers every /api/ path before sessions, forms and CSRF: bearer tokens only.
  app.use(apiRoutes(ctx));
  const sitzungen = createSitzungen({
    db: ctx.db,
    idleMinuten: anmeldung.idleMinuten,
    secure: ctx.config.publicUrl.startsWith('https:'),
    benachrichtigungen: ctx.benachrichtigungen,
  });
  app.use(sitzungen.middleware);
  // The app's share target cannot carry a CSRF token: it only fills a holding area (see teilen-routes.ts).
  const teilen = teilenRoutes(ctx, sitzungen);
  app.use(teilen.routes());
  app.use(formular());
  app.use(csrf());
  const routers = [
    authRoutes(ctx, sitzungen),
    vergessenRoutes(kundenZugang, kundenLinkAktionen(ctx), sitzungen),
    infoRoutes(ctx, sitzungen),
    bearbeitungsstandRoutes(ctx, sitzungen, uhr),
    terminRoutes(ctx, sitzungen),
    mappeRoutes(ctx),
    kundeRoutes(ctx, sitzungen),
    ...partnerAnmeldungRoutes(ctx, sitzungen),
    partnerRoutes(ctx, sitzungen),
    mitarbeiterAnmeldungRoutes(ctx, sitzungen),
    mitarbeiterRoutes(ctx, sitzungen),
  ];
  for (const router of routers) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
}
