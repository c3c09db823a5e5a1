import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { trennblattPdf } from '../../../platform/pdf/antwortbogen.js';
import { lieferungAnlegen } from '../../../services/scan/lieferung-anlegen.js';
import { lieferungDokumentAnnehmen } from '../../../services/scan/lieferung-dokument-annehmen.js';
import { lieferungStapelAnnehmen } from '../../../services/scan/lieferung-stapel-annehmen.js';
import { scanStapelId } from '../../../services/scan/scan-stapel-starten.js';
import { stapelTrennungId } from '../../../services/scan/stapel-trennung-starten.js';
import { lieferungGeaendertSignal } from '../../../workflows/scan-stapel-nachrichten.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { alsScan, stapel } from '../../support/scan.js';

describe('accepting scanned documents wakes the delivery’s scanStapel once per new document, or starts a new stack’s split; not for a repeat', () => {
  let t: TestContext;
  const client = 'scandienst-test';
  const lieferungId = 'L-wecken';

  before(async () => {
    t = await createTestContext();
    // No worker: the workflow only collects what it is sent, which is what this test reads.
    await lieferungAnlegen(t.ctx, client, { lieferungId, scanDatum: '2026-05-22', erwartet: 4 });
  });
  after(async () => {
    await t.ctx.temporal.client.workflow
      .getHandle(scanStapelId(lieferungId))
      .terminate('test over')
      .catch(() => undefined);
    await t.close();
  });

  async function geweckt(): Promise<number> {
    const { events } = await t.ctx.temporal.client.workflow.getHandle(scanStapelId(lieferungId)).fetchHistory();
    return (events ?? []).filter(
      (e) => e.workflowExecutionSignaledEventAttributes?.signalName === lieferungGeaendertSignal.name,
    ).length;
  }
  const datei = async (pdf: Uint8Array) => ({ blob: await t.ctx.blobs.put(pdf, 'scan'), kopf: pdf.subarray(0, 16) });

  it('signals the workflow when a document is new at its position, and not when the same comes again', async () => {
    const pdf = await pdfMitSeiten(1, 'Einzeln');
    const erst = await lieferungDokumentAnnehmen(t.ctx, client, lieferungId, 1, await datei(pdf), {});
    assert.equal(erst.neu, true);
    assert.equal(await geweckt(), 1);
    const nochmal = await lieferungDokumentAnnehmen(t.ctx, client, lieferungId, 1, await datei(pdf), {});
    assert.equal(nochmal.neu, false);
    assert.equal(await geweckt(), 1);
  });

  it('starts the split of a new stack in its own workflow without reading it, and nothing new for the same stack again', async () => {
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const scan = await stapel(await pdfMitSeiten(1, 'A'), trenn, await pdfMitSeiten(1, 'B'));
    const erst = await lieferungStapelAnnehmen(t.ctx, client, lieferungId, 2, await datei(scan));
    assert.equal(erst.neu, true);
    assert.equal(erst.stapel.status, 'angenommen');
    assert.deepEqual(erst.positionen, []);
    const trennung = t.ctx.temporal.client.workflow.getHandle(stapelTrennungId(lieferungId, 2));
    const { runId } = await trennung.describe();
    // The delivery's scanStapel is woken by the split once the documents are there, not by the upload.
    assert.equal(await geweckt(), 1);
    const nochmal = await lieferungStapelAnnehmen(t.ctx, client, lieferungId, 2, await datei(scan));
    assert.equal(nochmal.neu, false);
    assert.equal(nochmal.stapel.status, 'angenommen');
    assert.equal((await trennung.describe()).runId, runId);
    assert.equal(await geweckt(), 1);
    await trennung.terminate('test over');
  });
});
