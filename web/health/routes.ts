// /healthz: the process is alive. /readyz: PostgreSQL, Temporal and the workers answer; 503 names the failing part.
import Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { checkReadiness } from './readiness.js';

export function healthRoutes(ctx: AppContext): Router {
  const router = new Router();
  router.get('/healthz', (c) => {
    c.body = { status: 'ok' };
  });
  router.get('/readyz', async (c) => {
    const readiness = await checkReadiness(ctx);
    c.status = readiness.ready ? 200 : 503;
    c.body = { status: readiness.ready ? 'ok' : 'nicht bereit', ...readiness.teile };
  });
  return router;
}
