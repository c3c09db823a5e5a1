// Open-loop load at a fixed rate: requests are due on a fixed schedule over a pool of keep-alive connections,
// whether or not earlier answers have come back. Latency counts from the moment a request was due, so time spent
// waiting for a free connection is included (no coordinated omission, unlike a closed-loop tool such as autocannon).
import http from 'node:http';
import { quantil } from './quantil.js';

export interface TaktErgebnis {
  soll_anfragen_pro_sekunde: number;
  anfragen_pro_sekunde: number;
  verbindungen: number;
  dauer_s: number;
  anzahl: number;
  latenz_ms: { p50: number; p90: number; p99: number; max: number };
  fehler: number;
  nicht_2xx: number;
}

interface TaktOptionen {
  url: string;
  headers: Record<string, string>;
  proSekunde: number;
  verbindungen: number;
  dauerMs: number;
}

function eineAnfrage(
  agent: http.Agent,
  ziel: URL,
  headers: Record<string, string>,
  sockets: Set<unknown>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(ziel, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('socket', (socket) => sockets.add(socket));
    req.on('error', reject);
  });
}

export async function festerTakt(o: TaktOptionen): Promise<TaktErgebnis> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: o.verbindungen,
    maxFreeSockets: o.verbindungen,
    scheduling: 'fifo',
  });
  const ziel = new URL(o.url);
  const abstand = 1000 / o.proSekunde;
  const gesamt = Math.floor((o.dauerMs / 1000) * o.proSekunde);
  const latenzen: number[] = [];
  let fehler = 0;
  let nicht2xx = 0;
  let gesendet = 0;
  const laufend: Promise<void>[] = [];
  const sockets = new Set<unknown>();
  // Open all connections first; with FIFO scheduling the requests then take turns on every one of them.
  await Promise.all(Array.from({ length: o.verbindungen }, () => eineAnfrage(agent, ziel, o.headers, sockets)));
  sockets.clear();
  const start = performance.now();

  const senden = (faellig: number) =>
    eineAnfrage(agent, ziel, o.headers, sockets).then(
      (status) => {
        latenzen.push(performance.now() - faellig);
        if (status < 200 || status >= 300) nicht2xx++;
      },
      () => {
        fehler++;
      },
    );

  // Every millisecond or so, send whatever has fallen due since the last round.
  while (gesendet < gesamt) {
    const jetzt = performance.now();
    while (gesendet < gesamt && start + gesendet * abstand <= jetzt) {
      laufend.push(senden(start + gesendet * abstand));
      gesendet++;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(laufend);
  const dauer = performance.now() - start;
  agent.destroy();

  const sorted = latenzen.sort((a, b) => a - b);
  const runden = (x: number) => Math.round(x * 10) / 10;
  return {
    soll_anfragen_pro_sekunde: o.proSekunde,
    anfragen_pro_sekunde: Math.round(latenzen.length / (dauer / 1000)),
    verbindungen: sockets.size,
    dauer_s: o.dauerMs / 1000,
    anzahl: latenzen.length,
    latenz_ms: {
      p50: runden(quantil(sorted, 0.5)),
      p90: runden(quantil(sorted, 0.9)),
      p99: runden(quantil(sorted, 0.99)),
      max: runden(sorted.at(-1) ?? 0),
    },
    fehler,
    nicht_2xx: nicht2xx,
  };
}
