// Renders a JSX page to an HTML string (escaped by default) and writes it to the response.
import type { Context } from 'koa';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderHtml(ctx: Context, page: VNode, status = 200): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!DOCTYPE html>${render(page)}`;
}
