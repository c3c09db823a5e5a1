import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { trennblattPdf } from '../../../platform/pdf/antwortbogen.js';
import { lieferungAnlegen } from '../../../services/scan/lieferung-anlegen.js';
import { lieferungDokumentAnnehmen } from '../../../services/scan/lieferung-dokument-annehmen.js';
import { lieferungStapelAnnehmen } from '../../../services/scan/lieferung-stapel-annehmen.js';
import { scanStapelId } from '../../../services/scan/scan-stapel-starten.js';
import { lieferungGeaendertSignal } from '../../../workflows/scan-stapel-nachrichten.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { alsScan, stapel } from '../../support/scan.js';

describe('accepting scanned documents wakes the delivery’s scanStapel, once per new document or stack, not for a repeat', () => {
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

  it('signals the workflow when a stack is new, and not when the same stack comes again', async () => {
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const scan = await stapel(await pdfMitSeiten(1, 'A'), trenn, await pdfMitSeiten(1, 'B'));
    const erst = await lieferungStapelAnnehmen(t.ctx, client, lieferungId, 2, await datei(scan));
    assert.equal(erst.neu, true);
    assert.equal(erst.zeilen.length, 2);
    assert.equal(await geweckt(), 2);
    const nochmal = await lieferungStapelAnnehmen(t.ctx, client, lieferungId, 2, await datei(scan));
    assert.equal(nochmal.neu, false);
    assert.equal(await geweckt(), 2);
  });
});
