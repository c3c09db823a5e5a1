// Static assets from our own origin: htmx from node_modules, the stylesheet from this folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Router from '@koa/router';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const assets: Record<string, { type: string; body: Buffer }> = {
  'htmx.js': {
    type: 'application/javascript; charset=utf-8',
    body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')),
  },
  'portal.css': { type: 'text/css; charset=utf-8', body: readFileSync(path.join(here, 'portal.css')) },
  'portal.js': { type: 'application/javascript; charset=utf-8', body: readFileSync(path.join(here, 'portal.js')) },
};

export function assetRoutes(): Router {
  const router = new Router();
  router.get('/assets/:name', (ctx) => {
    const asset = assets[ctx.params.name!];
    if (!asset) return;
    ctx.type = asset.type;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = asset.body;
  });
  return router;
}
