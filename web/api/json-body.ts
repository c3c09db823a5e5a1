// Reads a JSON request body of at most 256 kB; anything else with a body is refused (415), an empty body is fine.
// A raw PDF body (pdf-body.ts) is left for its operation to stream.
import coBody from 'co-body';
import type { Middleware } from 'koa';

export const MAX_BODY = '256kb';

export function jsonBody(): Middleware {
  return async (ctx, next) => {
    ctx.state.apiRohBody = '';
    if (!ctx.state.apiPdf && (ctx.request.length || ctx.get('Transfer-Encoding'))) {
      if (!ctx.is('application/json', '+json'))
        throw Object.assign(new Error('Der Inhalt muss JSON sein (Content-Type: application/json).'), {
          status: 415,
          expose: true,
        });
      const { parsed, raw } = (await coBody.json(ctx, { limit: MAX_BODY, strict: true, returnRawBody: true })) as {
        parsed: unknown;
        raw: string;
      };
      ctx.state.apiBody = parsed;
      ctx.state.apiRohBody = raw;
    }
    await next();
  };
}
