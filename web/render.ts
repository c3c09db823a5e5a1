// Renders a JSX page to an HTML string (escaped by default) and writes it to the response.
import type { Context } from 'koa';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { seiteKodieren } from './vorkodiert.js';

export function renderHtml(ctx: Context, page: VNode, status = 200): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  // Bytes, not a string: for a string body Koa measures its UTF-8 length and Node then encodes it again to write it.
  ctx.body = seiteKodieren(() => `<!DOCTYPE html>${render(page)}`);
}
