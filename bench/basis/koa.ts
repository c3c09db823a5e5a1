// Baseline for the web figures: the same load against a bare Koa process serving a static page of the same size.
import autocannon from 'autocannon';
import { festerTakt, type TaktErgebnis } from '../fester-takt.js';

export interface KoaBasis {
  bytes: number;
  volle_last: { anfragen_pro_sekunde: number; latenz_ms: { p50: number; p99: number } };
  fester_takt: TaktErgebnis;
}

/**
 * Measures bare Koa (`bench/basis/koa-starten.ts`, serving `bytes` at `url`) with the web part's parameters: 100
 * connections, 3 s warm-up, 15 s at full speed, then the fixed rate.
 */
export async function koaBasisMessen(url: string, bytes: number, proSekunde: number): Promise<KoaBasis> {
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
}
