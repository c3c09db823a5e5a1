// Sends a stored PDF (or zip) with a safe Content-Disposition (server-made ASCII file name) and no caching.
import type { Context } from 'koa';
import type { Readable } from 'node:stream';

export function pdfSenden(
  ctx: Context,
  stream: Readable,
  dateiname: string,
  art: 'attachment' | 'inline' = 'attachment',
): void {
  const sicher = dateiname.replace(/[^A-Za-z0-9._-]/g, '_');
  ctx.type = 'application/pdf';
  ctx.set('Content-Disposition', `${art}; filename="${sicher}"`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = stream;
}

/** The same for a zip (an Auskunft). */
export function zipSenden(ctx: Context, stream: Readable, dateiname: string): void {
  ctx.type = 'application/zip';
  ctx.set('Content-Disposition', `attachment; filename="${dateiname.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = stream;
}
