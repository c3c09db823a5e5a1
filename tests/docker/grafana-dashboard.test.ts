import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { geschaeftsMetrikenRegistrieren } from '../../platform/metriken/geschaeft.js';
import { prozessMetrikenSammeln, registry } from '../../platform/metriken/registry.js';
import { createTestContext, type TestContext } from '../support/context.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Panel {
  title?: string;
  targets?: Array<{ expr?: string }>;
  panels?: Panel[];
}

/** Every PromQL expression of the dashboard, rows' nested panels included. */
function ausdruecke(panels: Panel[]): Array<{ panel: string; expr: string }> {
  return panels.flatMap((p) => [
    ...(p.targets ?? []).filter((z) => z.expr).map((z) => ({ panel: p.title ?? '', expr: z.expr! })),
    ...ausdruecke(p.panels ?? []),
  ]);
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

describe('the Grafana dashboard in docker/ queries only metrics the web process exports', () => {
  let t: TestContext;
  let exportiert: Set<string>;

  before(async () => {
    t = await createTestContext();
    // What bin/web.ts registers on the registry its metrics port serves.
    prozessMetrikenSammeln();
    geschaeftsMetrikenRegistrieren(registry, t.ctx.db, t.ctx.log);
    const text = await registry.metrics();
    exportiert = new Set(
      [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, typ]) =>
        typ === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!],
      ),
    );
  });
  after(() => t.close());

  it('finds every metric name of every panel among the exported ones, the business gauges included', () => {
    const dashboard = JSON.parse(readFileSync(path.join(root, 'docker', 'grafana', 'jobcenter.json'), 'utf8')) as {
      panels: Panel[];
    };
    const abfragen = ausdruecke(dashboard.panels);
    const namen = new Set(abfragen.flatMap(({ expr }) => metrikNamen(expr)));
    for (const name of [
      'jobcenter_zeit_bis_eakte_sekunden',
      'jobcenter_scan_dokumente_frist_gefaehrdet',
      'http_request_duration_seconds_bucket',
    ])
      assert.ok(namen.has(name), `the dashboard shows ${name}`);
    const fehlend = abfragen.flatMap(({ panel, expr }) =>
      metrikNamen(expr)
        .filter((name) => !exportiert.has(name))
        .map((name) => `${panel}: ${name}`),
    );
    assert.deepEqual(fehlend, []);
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
