import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { geschaeftsMetrikenRegistrieren } from '../../platform/metriken/geschaeft.js';
import { prozessMetrikenSammeln, registry } from '../../platform/metriken/registry.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto } from '../support/dateien.js';
import { freePort } from '../support/ports.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Panel {
  type?: string;
  title?: string;
  targets?: Array<{ expr?: string }>;
  panels?: Panel[];
}

/** The row whose panels show the worker processes' metrics; every other panel shows the web process's. */
const WORKER_ZEILE = 'Worker';

/** Every PromQL expression of the dashboard with the row it sits under, rows' nested (collapsed) panels included. */
function ausdruecke(panels: Panel[], zeile = ''): Array<{ zeile: string; panel: string; expr: string }> {
  return panels.flatMap((p) => {
    if (p.type === 'row') zeile = p.title ?? '';
    return [
      ...(p.targets ?? []).filter((z) => z.expr).map((z) => ({ zeile, panel: p.title ?? '', expr: z.expr! })),
      ...ausdruecke(p.panels ?? [], zeile),
    ];
  });
}

/** The metric names of a Prometheus exposition, a histogram as its _bucket, _sum and _count series. */
function namenIn(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, typ]) =>
      typ === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!],
    ),
  );
}

const schluesselworte = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/** The metric names a PromQL expression selects: names not called as functions, outside label matchers, groupings and ranges. */
function metrikNamen(expr: string): string[] {
  const ohne = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  return [...ohne.matchAll(/(?<![\w:.$])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)]
    .map((m) => m[1]!)
    .filter((name) => !schluesselworte.has(name));
}

describe('the Grafana dashboard in docker/ queries only metrics the web and worker processes export', () => {
  let t: TestContext;
  let web: Set<string>;
  let worker: Set<string>;
  let stopWorkers: (() => Promise<void>) | undefined;

  before(async () => {
    const metricsPort = await freePort();
    t = await createTestContext({ METRICS_PORT: String(metricsPort) });
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    // What bin/web.ts registers on the registry its metrics port serves.
    prozessMetrikenSammeln();
    geschaeftsMetrikenRegistrieren(registry, t.ctx.db, t.ctx.log);
    web = namenIn(await registry.metrics());
    // The real workers with METRICS_PORT, as bin/worker.ts runs them: the SDK's endpoint after a photo went through.
    stopWorkers = (await runWorkers(t.ctx)).stop;
    const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await foto()],
    });
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 300_000);
    worker = namenIn(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text());
  });
  after(async () => {
    await stopWorkers?.();
    await t.close();
  });

  it('finds every metric name of every panel among those its process exports, the business gauges included', () => {
    const dashboard = JSON.parse(readFileSync(path.join(root, 'docker', 'grafana', 'jobcenter.json'), 'utf8')) as {
      panels: Panel[];
    };
    const abfragen = ausdruecke(dashboard.panels);
    const namen = (zeile: (z: string) => boolean) =>
      new Set(abfragen.filter((a) => zeile(a.zeile)).flatMap(({ expr }) => metrikNamen(expr)));
    const webNamen = namen((z) => z !== WORKER_ZEILE);
    for (const name of [
      'jobcenter_zeit_bis_eakte_sekunden',
      'jobcenter_scan_dokumente_frist_gefaehrdet',
      'http_request_duration_seconds_bucket',
    ])
      assert.ok(webNamen.has(name), `the dashboard shows ${name}`);
    const workerNamen = namen((z) => z === WORKER_ZEILE);
    for (const name of [
      'temporal_activity_execution_latency_bucket',
      'temporal_workflow_task_execution_latency_bucket',
      'temporal_worker_task_slots_available',
      'temporal_activity_schedule_to_start_latency_bucket',
      'process_resident_memory_bytes',
      'temporal_sticky_cache_size',
    ])
      assert.ok(workerNamen.has(name), `the worker row shows ${name}`);
    const fehlend = abfragen.flatMap(({ zeile, panel, expr }) =>
      metrikNamen(expr)
        .filter((name) => !(zeile === WORKER_ZEILE ? worker : web).has(name))
        .map((name) => `${zeile} / ${panel}: ${name}`),
    );
    assert.deepEqual(fehlend, []);
  });

  it("tells the processes' metrics apart: the SDK's only in the worker, the web's request durations only in the web", () => {
    assert.ok(worker.has('temporal_workflow_task_execution_latency_bucket'), [...worker].join());
    assert.ok(!worker.has('http_request_duration_seconds_bucket'));
    assert.ok(!web.has('temporal_activity_execution_latency_bucket'));
  });

  it('reads the metric names out of PromQL, not function names, labels or ranges', () => {
    assert.deepEqual(
      metrikNamen(
        'histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{status=~"5.."}[$__rate_interval])))',
      ),
      ['http_request_duration_seconds_bucket'],
    );
    assert.deepEqual(metrikNamen('max(a_total) / on (team) b_sekunden'), ['a_total', 'b_sekunden']);
  });
});
