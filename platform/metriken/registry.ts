// The Prometheus metrics a web process records: requests by route pattern and status, uploads, Node's own process figures.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; only the metrics server (never the public port) reads it. Labels never carry personal data. */
export const registry = new Registry();

/** Node's process figures (memory, CPU, event loop lag, GC), for the processes that serve this registry. */
export function prozessMetrikenSammeln(): void {
  collectDefaultMetrics({ register: registry });
}

/** Route *patterns* only (`/api/v1/kunden/:kundennummer`), never the requested path: it may hold a Kundennummer or an id. */
export const anfragen = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by route pattern, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [registry],
});

export const anfrageDauer = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time from the request to the end of the answer, by route pattern, method and status',
  labelNames: ['route', 'method', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const uploads = new Counter({
  name: 'jobcenter_uploads_total',
  help: 'Document submissions, accepted or refused (with the first refusal code), by Kanal',
  labelNames: ['kanal', 'ergebnis', 'grund'] as const,
  registers: [registry],
});
