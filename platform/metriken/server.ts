// Serves Prometheus text at /metrics on its own port, apart from the public one (by default only on the loopback address).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

export interface MetrikServerOptionen {
  host: string;
  port: number;
  contentType: string;
  /** The exposition text, gathered at each scrape. */
  sammeln(): Promise<string>;
  log: Logger;
  /** Another internal endpoint on the same port (the codec endpoint): answers and returns true, or leaves the request. */
  weitere?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export async function metrikServerStarten({
  host,
  port,
  contentType,
  sammeln,
  log,
  weitere,
}: MetrikServerOptionen): Promise<Server> {
  const server = createServer((req, res) => {
    if (weitere?.(req, res)) return;
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    sammeln().then(
      (text) => res.writeHead(200, { 'Content-Type': contentType }).end(text),
      (error: unknown) => {
        log.error({ err: error }, 'metrics could not be gathered');
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return server;
}
