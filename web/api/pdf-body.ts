// Marks a raw PDF request body: it is streamed by its operation, never read into memory; the idempotency check sees
// the query (the letter's data) and the Content-Digest (the PDF's SHA-256) in its place.
import type { Middleware } from 'koa';

export function pdfBody(): Middleware {
  return async (ctx, next) => {
    if (ctx.is('application/pdf') && (ctx.request.length || ctx.get('Transfer-Encoding'))) {
      ctx.state.apiPdf = true;
      ctx.state.apiBody = { abfrage: ctx.query, contentDigest: ctx.get('Content-Digest') };
    }
    await next();
  };
}
