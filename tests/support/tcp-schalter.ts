// A TCP forwarder on a fixed local port that can be closed (connections refused) and opened again: a service going away.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort } from './ports.js';

export interface TcpSchalter {
  address: string;
  oeffnen(): Promise<void>;
  schliessen(): Promise<void>;
}

/** Forwards to `ziel` ("host:port") while open; starts closed. */
export async function tcpSchalter(ziel: string): Promise<TcpSchalter> {
  const [host, port] = [ziel.slice(0, ziel.lastIndexOf(':')), Number(ziel.slice(ziel.lastIndexOf(':') + 1))];
  const eigenerPort = await freePort();
  let server: Server | undefined;
  const verbindungen = new Set<Socket>();
  return {
    address: `127.0.0.1:${eigenerPort}`,
    async oeffnen() {
      if (server) return;
      server = createServer((client) => {
        const upstream = connect(port, host);
        for (const s of [client, upstream]) {
          verbindungen.add(s);
          s.on('close', () => verbindungen.delete(s));
          s.on('error', () => (s === client ? upstream : client).destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve, reject) =>
        server!.once('error', reject).listen(eigenerPort, '127.0.0.1', resolve),
      );
    },
    async schliessen() {
      const s = server;
      server = undefined;
      for (const v of verbindungen) v.destroy();
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}
