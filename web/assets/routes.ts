// Static assets from our own origin: htmx, KERN UX (stylesheet, Fira Sans) and Noto Sans Arabic from node_modules, our
// stylesheet and scripts from this folder, the app files (app/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Router from '@koa/router';
import { manifest } from './app/manifest.js';
import { offlineSeite } from './app/offline-seite.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const js = 'application/javascript; charset=utf-8';
const datei = (name: string) => readFileSync(path.join(here, name));
const kern = path.join(path.dirname(require.resolve('@kern-ux/native/package.json')), 'dist');
/** Fira Sans has no Arabic letters: the Arabic cut of Noto Sans Arabic (variable weight, SIL OFL) fills them in. */
const notoArabisch = path.join(
  path.dirname(require.resolve('@fontsource-variable/noto-sans-arabic/package.json')),
  'files',
  'noto-sans-arabic-arabic-wght-normal.woff2',
);

/** The Fira Sans cuts KERN's font stylesheet names (300 to 700, upright and italic). */
const schnitte = ['Light', 'Regular', 'Medium', 'SemiBold', 'Bold'].flatMap((s) => [
  s,
  `${s}Italic`.replace('RegularItalic', 'Italic'),
]);

const css = 'text/css; charset=utf-8';
const assets: Record<string, { type: string; body: Buffer }> = {
  'htmx.js': { type: js, body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')) },
  'portal.css': { type: 'text/css; charset=utf-8', body: datei('portal.css') },
  'portal.js': { type: js, body: datei('portal.js') },
  'hochladen.js': { type: js, body: datei('hochladen.js') },
  'app/icon-192.png': { type: 'image/png', body: datei('app/icon-192.png') },
  'app/icon-512.png': { type: 'image/png', body: datei('app/icon-512.png') },
  'app/icon-maskable-512.png': { type: 'image/png', body: datei('app/icon-maskable-512.png') },
  'app/offline.html': { type: 'text/html; charset=utf-8', body: Buffer.from(offlineSeite()) },
  'kern/kern.min.css': { type: css, body: readFileSync(path.join(kern, 'kern.min.css')) },
  'kern/fonts/fira-sans.css': { type: css, body: readFileSync(path.join(kern, 'fonts', 'fira-sans.css')) },
  'schriften/noto-sans-arabic.woff2': { type: 'font/woff2', body: readFileSync(notoArabisch) },
  ...Object.fromEntries(
    schnitte.map((s) => [
      `kern/fonts/fira-sans/FiraSans-${s}.woff2`,
      { type: 'font/woff2', body: readFileSync(path.join(kern, 'fonts', 'fira-sans', `FiraSans-${s}.woff2`)) },
    ]),
  ),
};
const serviceWorker = datei('app/sw.js');

export function assetRoutes(): Router {
  const router = new Router();
  router.get('/assets/*pfad', (ctx) => {
    const asset = assets[ctx.path.slice('/assets/'.length)];
    if (!asset) return;
    ctx.type = asset.type;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = asset.body;
  });
  // At the root, so its scope covers /kunde; always revalidated, so a new release takes over promptly.
  router.get('/sw.js', (ctx) => {
    ctx.type = js;
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = serviceWorker;
  });
  router.get('/app/manifest.webmanifest', (ctx) => {
    ctx.type = 'application/manifest+json; charset=utf-8';
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = JSON.stringify(manifest(typeof ctx.query.sprache === 'string' ? ctx.query.sprache : undefined));
  });
  return router;
}
