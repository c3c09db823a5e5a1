import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createWorkers, type RunningWorkers } from '../../bin/create-workers.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { bereinigung } from '../../workflows/bereinigung.js';

describe('bereinigung workflow', () => {
  let t: TestContext;
  let workers: RunningWorkers;
  let running: Promise<void>;
  before(async () => {
    t = await createTestContext();
    workers = await createWorkers(t.ctx, ['io']);
    running = workers.run();
  });
  after(async () => {
    workers.shutdown();
    await running;
    await t.close();
  });

  it('deletes expired sessions and Idempotency-Keys older than 24 hours, and keeps live ones', async () => {
    const hour = 60 * 60 * 1000;
    await t.ctx.db('sitzungen').insert([
      { id: 'abgelaufen', daten: {}, laeuft_ab: new Date(Date.now() - hour) },
      { id: 'gueltig', daten: {}, laeuft_ab: new Date(Date.now() + hour) },
    ]);
    const schluessel = (name: string, stunden: number) => ({
      client_id: 'fachverfahren',
      schluessel: name,
      anfrage_hash: 'h',
      zustand: 'fertig',
      beansprucht_bis: new Date(),
      antwort_status: 200,
      erstellt_am: new Date(Date.now() - stunden * hour),
    });
    await t.ctx.db('api_idempotenz').insert([schluessel('alt', 25), schluessel('jung', 23)]);
    const result = await t.ctx.temporal.client.workflow.execute(bereinigung, {
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      workflowId: `bereinigung-test-${Date.now()}`,
      args: [],
    });
    assert.deepEqual(result, { sitzungen: 1, idempotenzSchluessel: 1 });
    assert.deepEqual(
      (await t.ctx.db('api_idempotenz').select('schluessel')).map((s) => s.schluessel),
      ['jung'],
    );
    assert.deepEqual(
      (await t.ctx.db('sitzungen').select('id')).map((s) => s.id),
      ['gueltig'],
    );
  });
});
