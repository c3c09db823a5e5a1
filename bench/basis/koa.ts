// Baseline for the web figures: the same load against a bare Koa process serving a static page of the same size.
import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { festerTakt, type TaktErgebnis } from '../fester-takt.js';
import { freePort } from '../../tests/support/ports.js';

export interface KoaBasis {
  bytes: number;
  volle_last: { anfragen_pro_sekunde: number; latenz_ms: { p50: number; p99: number } };
  fester_takt: TaktErgebnis;
}

/** Measures bare Koa with the web part's parameters: 100 connections, 3 s warm-up, 15 s at full speed, then the fixed rate. */
export async function koaBasisMessen(bytes: number, proSekunde: number): Promise<KoaBasis> {
  const port = await freePort();
  const server = fork(path.join(import.meta.dirname, 'koa-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port), BASIS_BYTES: String(bytes), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await new Promise((resolve, reject) => {
      server.once('message', resolve);
      server.once('exit', (code) => reject(new Error(`bare Koa exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/seite`;
    const lauf = (dauer: number) => autocannon({ url, connections: 100, duration: dauer });
    await lauf(3);
    const r = await lauf(15);
    if (r.errors + r.timeouts + r.non2xx > 0) throw new Error('bare Koa answered with errors');
    const takt = await festerTakt({ url, headers: {}, proSekunde, verbindungen: 100, dauerMs: 15_000 });
    return {
      bytes,
      volle_last: {
        anfragen_pro_sekunde: Math.round(r.requests.average),
        latenz_ms: { p50: r.latency.p50, p99: r.latency.p99 },
      },
      fester_takt: takt,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  }
}
