// The Koa application: request ids, security headers, one error middleware, then the feature routers.
import Koa from 'koa';
import type { AppContext } from '../platform/context.js';
import { assetRoutes } from './assets/routes.js';
import { authRoutes } from './auth/routes.js';
import { healthRoutes } from './health/routes.js';
import { errorHandler } from './middleware/errors.js';
import { requestId } from './middleware/request-id.js';
import { securityHeaders } from './middleware/security-headers.js';

export function createApp(ctx: AppContext): Koa {
  const app = new Koa({ proxy: ctx.config.publicUrl.startsWith('https:') });
  app.silent = true;
  app.use(requestId(ctx.log));
  app.use(securityHeaders());
  app.use(errorHandler());
  for (const router of [healthRoutes(ctx), assetRoutes(), authRoutes()]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
}
