// Starts the HTTP server of the app with idle timeouts longer than a client's or proxy's reuse of a connection.
import type { Server } from 'node:http';
import type { AppContext } from '../platform/context.js';
import { createApp } from './app.js';

/**
 * Node closes an idle keep-alive connection after 5 s by default; a client or reverse proxy that reuses it at that moment
 * gets a reset. Keeping it open longer than their own idle limit (proxies commonly 60 s, fetch 4 s) leaves the closing to them.
 */
const KEEP_ALIVE_MS = 65_000;

export function listen(ctx: AppContext, port: number, host?: string): Server {
  const server = createApp(ctx).listen(port, host);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
