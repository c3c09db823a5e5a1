import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { ausgangStarten, ausstehendeAusgaengeStarten } from '../../../services/ausgang/ausgang-starten.js';
import { briefAnnehmen } from '../../../services/ausgang/brief-annehmen.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';

describe('start journal of dokumentAusgang: a letter whose start never happened is started by the reconciler, once', () => {
  let t: TestContext;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
  });
  after(() => t.close());

  const annehmen = async (name: string, startSpaetestensMs: number) =>
    briefAnnehmen(
      { ...t.ctx, qrSchluessel: t.ctx.config.qrSchluessel },
      {
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Bescheid',
        bereich: 'leistung',
        name,
        pdf: await pdfMitSeiten(1),
      },
      { startSpaetestensMs },
    );

  it('writes the row and its journal entry together, and starts the workflow only when the entry is due', async () => {
    // As if the process died right after the row was written: nobody started the workflow.
    const faellig = await annehmen('Verwaister Bescheid', 0);
    const spaeter = await annehmen('Bescheid mit laufendem Start', 600_000);
    assert.equal(await ausstehendeAusgaengeStarten(t.ctx), 1);
    const workflow = await t.ctx.temporal.client.workflow.getHandle(faellig.ausgangsnummer).describe();
    assert.equal(workflow.type, 'dokumentAusgang');
    const eintrag = await t.ctx.db('ausgangs_starts').where({ ausgangsnummer: faellig.ausgangsnummer }).first();
    assert.ok(eintrag.gestartet_am instanceof Date);
    assert.equal(
      (await t.ctx.db('ausgangs_starts').where({ ausgangsnummer: spaeter.ausgangsnummer }).first()).gestartet_am,
      null,
    );
    await assert.rejects(t.ctx.temporal.client.workflow.getHandle(spaeter.ausgangsnummer).describe());
  });

  it('counts a workflow that already runs (the import started it) as started, without a second run', async () => {
    const brief = await annehmen('Importierter Bescheid', 0);
    await ausgangStarten(t.ctx, t.ctx.db, brief.input);
    await t.ctx.db('ausgangs_starts').where({ ausgangsnummer: brief.ausgangsnummer }).update({ gestartet_am: null });
    const lauf = (await t.ctx.temporal.client.workflow.getHandle(brief.ausgangsnummer).describe()).runId;
    assert.equal(await ausstehendeAusgaengeStarten(t.ctx), 1);
    assert.equal((await t.ctx.temporal.client.workflow.getHandle(brief.ausgangsnummer).describe()).runId, lauf);
    assert.equal(await ausstehendeAusgaengeStarten(t.ctx), 0);
  });
});
