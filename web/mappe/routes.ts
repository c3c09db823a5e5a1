// The shared Bewerbungsmappe behind a Bewerberkarte (/mappe/:token): no sign-in, never indexed, never cached, rate-limited per folder.
import Router from '@koa/router';
import type { Context, Next } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { ZuVieleAbrufe } from '../../services/bewerbungsmappe/abruf.js';
import { mappeOeffnen } from '../../services/bewerbungsmappe/mappe-oeffnen.js';
import { mappenDatei } from '../../services/bewerbungsmappe/mappen-datei.js';
import { pdfSenden } from '../components/download.js';
import { sprachen, translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import { MappePage } from './mappe-page.js';

/** The visitor's language: the one they chose here before, else their browser's. */
const sprache = (ctx: Context) =>
  translator(ctx.state.sitzung?.daten.sprache ?? (ctx.acceptsLanguages([...sprachen]) || undefined));

/** Headers of every answer under /mappe, the "gone" page and the 429 page included. */
async function geschuetzt(ctx: Context, next: Next): Promise<void> {
  ctx.set('X-Robots-Tag', 'noindex, nofollow, noarchive');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Cache-Control', 'no-store');
  try {
    await next();
  } catch (error) {
    if (error instanceof ZuVieleAbrufe) ctx.set('Retry-After', String(error.wartenSekunden));
    throw error;
  }
}

export function mappeRoutes(app: AppContext): Router {
  const router = new Router({ prefix: '/mappe' });
  // Per address as well, so guessing tokens (hopeless at 256 bits) costs the guesser, not PostgreSQL.
  router.use(geschuetzt, rateLimit({ proMinute: 120 }));

  router.get('/:token', async (ctx) => {
    const token = ctx.params.token!;
    const mappe = await mappeOeffnen(app, token);
    renderHtml(ctx, MappePage({ i18n: sprache(ctx), token, mappe }), mappe ? 200 : 410);
  });

  router.get('/:token/:dokument', async (ctx) => {
    const { stream, dateiname } = await mappenDatei(app, ctx.params.token!, Number(ctx.params.dokument));
    pdfSenden(ctx, stream, dateiname);
  });
  return router;
}
