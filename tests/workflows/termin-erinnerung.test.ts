import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { terminEinplanen } from '../../services/termine/termine-einplanen.js';
import { waitUntil } from '../../platform/wait.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { lesen } from '../support/mails.js';
import { runWorkers } from '../support/workers.js';

// Appointments a few seconds ahead with a reminder lead of a few seconds stand in for "24 hours before".
const VORLAUF_MS = 2_000;

describe('terminErinnerung reminds once before the appointment, follows moves and drops cancelled ones', () => {
  let t: TestContext;
  let workers: { stop(): Promise<void> };
  let kundeId: number;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    workers = await runWorkers(t.ctx);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
  });
  after(async () => {
    await workers.stop();
    await t.close();
  });

  async function neuerTermin(inMs: number): Promise<{ id: number; schluessel: string; beginn: Date }> {
    const beginn = new Date(Date.now() + inMs);
    const [row] = await t.ctx
      .db('termine')
      .insert({ kunde_id: kundeId, beginn, raum: 'C 1.01' })
      .returning(['id', 'erinnerung_schluessel']);
    const termin = { id: row.id as number, schluessel: row.erinnerung_schluessel as string, beginn };
    await terminEinplanen(
      t.ctx.temporal.client,
      t.ctx.temporal.plan.taskQueues.io,
      { ...termin, status: 'geplant' },
      VORLAUF_MS,
    );
    return termin;
  }

  const schluesselVon = async (id: number) =>
    (await t.ctx.db('termine').where({ id }).first('erinnerung_schluessel')).erinnerung_schluessel as string;
  const ergebnis = async (id: number) =>
    t.ctx.temporal.client.workflow.getHandle(`termin-${await schluesselVon(id)}`).result();
  const erinnerungen = async (id: number) =>
    (await t.ctx.db('benachrichtigungen').where('schluessel', 'like', `termin/${id}/%`).whereNotNull('gesendet_am'))
      .length;

  it('sends one reminder without social data, then ends when the appointment has begun', async () => {
    const termin = await neuerTermin(5_000);
    const ende = await ergebnis(termin.id);
    assert.deepEqual(ende, { erinnertFuer: [termin.beginn.toISOString()], ende: 'vorbei' });
    assert.equal(await erinnerungen(termin.id), 1);
    const mails = await lesen(t.mails.received.filter((m) => m.to.includes('paula.portal@example.org')));
    const mail = mails.find((m) => m.subject === 'Erinnerung an Ihren Termin');
    assert.ok(mail, 'reminder mail received');
    assert.doesNotMatch(mail.text, /C 1\.01|100D000001|Paula/);
  });

  it('moves the reminder when the appointment moves before the reminder was due', async () => {
    const termin = await neuerTermin(60_000);
    const neuerBeginn = new Date(Date.now() + 5_000);
    await t.ctx.db('termine').where({ id: termin.id }).update({ beginn: neuerBeginn });
    await terminEinplanen(
      t.ctx.temporal.client,
      t.ctx.temporal.plan.taskQueues.io,
      { ...termin, beginn: neuerBeginn, status: 'geplant' },
      VORLAUF_MS,
    );
    const ende = await ergebnis(termin.id);
    assert.deepEqual(ende.erinnertFuer, [neuerBeginn.toISOString()]);
    assert.equal(await erinnerungen(termin.id), 1);
  });

  it('sends nothing for an appointment cancelled before its reminder', async () => {
    const termin = await neuerTermin(30_000);
    await t.ctx.db('termine').where({ id: termin.id }).update({ status: 'abgesagt' });
    await terminEinplanen(
      t.ctx.temporal.client,
      t.ctx.temporal.plan.taskQueues.io,
      { ...termin, status: 'abgesagt' },
      VORLAUF_MS,
    );
    assert.deepEqual(await ergebnis(termin.id), { erinnertFuer: [], ende: 'abgesagt' });
    assert.equal(await erinnerungen(termin.id), 0);
  });

  it('reminds again for the new time when an appointment moves after its reminder went out', async () => {
    const termin = await neuerTermin(3_000);
    await waitUntil('first reminder', async () => (await erinnerungen(termin.id)) === 1, {
      timeoutMs: 10_000,
      intervalMs: 100,
    });
    const neuerBeginn = new Date(Date.now() + 4_000);
    await t.ctx.db('termine').where({ id: termin.id }).update({ beginn: neuerBeginn });
    await terminEinplanen(
      t.ctx.temporal.client,
      t.ctx.temporal.plan.taskQueues.io,
      { ...termin, beginn: neuerBeginn, status: 'geplant' },
      VORLAUF_MS,
    );
    const ende = await ergebnis(termin.id);
    assert.deepEqual(ende.erinnertFuer, [termin.beginn.toISOString(), neuerBeginn.toISOString()]);
    assert.equal(await erinnerungen(termin.id), 2);
  });
});
