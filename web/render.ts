// Renders a JSX page to an HTML string (escaped by default) and writes it to the response.
import type { Context } from 'koa';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderHtml(ctx: Context, page: VNode, status = 200): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  // Encoded once: for a string body Koa measures its UTF-8 length and Node then encodes it again to write it.
  ctx.body = Buffer.from(`<!DOCTYPE html>${render(page)}`);
}
