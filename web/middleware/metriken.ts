// Counts and times every request by its route pattern and final status, until the answer is sent; unmatched paths share one label.
import type { Middleware } from 'koa';
import { anfrageDauer, anfragen } from '../../platform/metriken/registry.js';

/** The label for requests no route matched (404s, probes): a raw path would let anyone create label values. */
export const OHNE_ROUTE = 'unmatched';

export function metriken(): Middleware {
  return async (ctx, next) => {
    const anfang = performance.now();
    try {
      await next();
    } finally {
      // Koa writes the answer after the middleware returns; a streamed PDF takes as long as the client reads.
      ctx.res.once('close', () => {
        const muster = (ctx as { _matchedRoute?: string | RegExp })._matchedRoute;
        const route = muster === undefined ? OHNE_ROUTE : String(muster);
        const labels = { route, method: ctx.method, status: ctx.status };
        anfrageDauer.observe(labels, (performance.now() - anfang) / 1000);
        anfragen.inc(labels);
      });
    }
  };
}
