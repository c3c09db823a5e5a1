// Static assets from our own origin: htmx and KERN UX (stylesheet, Fira Sans) from node_modules, our stylesheet and script from this folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Router from '@koa/router';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const kern = path.join(path.dirname(require.resolve('@kern-ux/native/package.json')), 'dist');

/** The Fira Sans cuts KERN's font stylesheet names (300 to 700, upright and italic). */
const schnitte = ['Light', 'Regular', 'Medium', 'SemiBold', 'Bold'].flatMap((s) => [
  s,
  `${s}Italic`.replace('RegularItalic', 'Italic'),
]);

const css = 'text/css; charset=utf-8';
const assets: Record<string, { type: string; body: Buffer }> = {
  'htmx.js': {
    type: 'application/javascript; charset=utf-8',
    body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')),
  },
  'portal.css': { type: css, body: readFileSync(path.join(here, 'portal.css')) },
  'portal.js': { type: 'application/javascript; charset=utf-8', body: readFileSync(path.join(here, 'portal.js')) },
  'kern/kern.min.css': { type: css, body: readFileSync(path.join(kern, 'kern.min.css')) },
  'kern/fonts/fira-sans.css': { type: css, body: readFileSync(path.join(kern, 'fonts', 'fira-sans.css')) },
  ...Object.fromEntries(
    schnitte.map((s) => [
      `kern/fonts/fira-sans/FiraSans-${s}.woff2`,
      { type: 'font/woff2', body: readFileSync(path.join(kern, 'fonts', 'fira-sans', `FiraSans-${s}.woff2`)) },
    ]),
  ),
};

export function assetRoutes(): Router {
  const router = new Router();
  router.get('/assets/*pfad', (ctx) => {
    const asset = assets[ctx.path.slice('/assets/'.length)];
    if (!asset) return;
    ctx.type = asset.type;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = asset.body;
  });
  return router;
}
