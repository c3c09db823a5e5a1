import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { erledigenUpdate, uebernehmenUpdate } from '../../workflows/dokument-eingang-nachrichten.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { freePort } from '../support/ports.js';
import { summe } from '../support/prometheus-text.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';

/** Sum of a metric over its labels, from the SDK's Prometheus endpoint; undefined while the SDK has not recorded it. */
async function metrik(port: number, name: string): Promise<number | undefined> {
  return summe(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text(), name);
}

describe('an io worker keeps only WORKER_WORKFLOW_CACHE workflows in memory', () => {
  let t: TestContext;
  let workers: { stop(): Promise<void> };
  const nummern: string[] = [];
  let metricsPort: number;

  before(async () => {
    metricsPort = await freePort();
    t = await createTestContext({
      WORKER_WORKFLOW_CACHE: '2',
      WORKER_WORKFLOW_TASK_CONCURRENCY: '2',
      METRICS_PORT: String(metricsPort),
    });
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    workers = await runWorkers(t.ctx);
    for (let i = 1; i <= 3; i++) {
      const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
        absender: { kanal: 'kunde' },
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Kontoauszüge',
        dateien: [await pdfMitSeiten(i)],
      });
      nummern.push(eingangsnummer);
      // One after the other, as documents arrive over a day: each waits for staff while the next pushes it out.
      await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    }
  });
  after(async () => {
    await workers.stop();
    await t.close();
  });

  it('takes staff actions on a document pushed out of the cache by later ones, replayed from its history', async () => {
    const [erste] = nummern;
    const handle = t.ctx.temporal.client.workflow.getHandle(erste!);
    const { leistungssachbearbeiter_id: staff } = await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.kunde.kundennummer })
      .first();
    assert.equal(
      (await handle.executeUpdate(uebernehmenUpdate, { args: [{ mitarbeiterId: staff }] })).status,
      'in_bearbeitung',
    );
    assert.equal(
      (await handle.executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: staff }] })).status,
      'erledigt',
    );
    assert.equal((await handle.result()).status, 'erledigt');
    await warteAufStatus(t.ctx, erste!, 'erledigt');

    // The SDK's own figures: the documents pushed each other out, and the worker holds no more than two.
    const verdraengt = await metrik(metricsPort, 'temporal_sticky_cache_total_forced_eviction');
    assert.ok(verdraengt !== undefined && verdraengt > 0, `workflows evicted: ${verdraengt}`);
    const imCache = await metrik(metricsPort, 'temporal_sticky_cache_size');
    assert.ok(imCache !== undefined && imCache <= 2, `workflows cached: ${imCache}`);
  });
});
