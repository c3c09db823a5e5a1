import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { waitUntil } from '../../platform/wait.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import {
  bereichAendernUpdate,
  erledigenUpdate,
  uebernehmenUpdate,
  zustandQuery,
} from '../../workflows/dokument-eingang-nachrichten.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import { lesen } from '../support/mails.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';

describe('dokumentEingang: a client uploads photos and a PDF', () => {
  let t: TestContext;
  let workers: { stop(): Promise<void> };
  let eingangsnummer: string;
  let paula: { id: number; leistungssachbearbeiter_id: number; ansprechpartner_id: number };

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first();
    workers = await runWorkers(t.ctx);
    ({ eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await foto(), await pdfMitSeiten(3), await foto(1600, 1200)],
    }));
  });
  after(async () => {
    await workers.stop();
    await t.close();
  });

  it('merges the files into one PDF with the pages in upload order and files it with its index in the DMS', async () => {
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 5);
    const files = (await readdir(t.ctx.config.dmsImportDir)).sort();
    assert.deepEqual(files, [`${eingangsnummer}.json`, `${eingangsnummer}.pdf`]);
    const pdf = await PDFDocument.load(await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.pdf`)));
    assert.equal(pdf.getPageCount(), 5);
    const [p1, , , , p5] = pdf.getPages().map((p) => p.getSize());
    assert.ok(p1!.height > p1!.width, 'first photo is portrait');
    assert.ok(p5!.width > p5!.height, 'last photo is landscape');
    const index = JSON.parse(await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.json`), 'utf8'));
    assert.equal(index.eingangsnummer, eingangsnummer);
    assert.equal(index.kundennummer, demoLogins.kunde.kundennummer);
    assert.equal(index.bgNummer, '10001BG0000001');
    assert.equal(index.dokumentart, 'Kontoauszüge');
    assert.equal(index.kanal, 'kunde');
    assert.equal(index.seiten, 5);
    assert.equal(index.absender, 'Paula Portal');
    assert.match(index.sha256, /^[0-9a-f]{64}$/);
  });

  it("routes Kontoauszüge to Leistung and the client's Leistungssachbearbeiter, with a timeline of every step", async () => {
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.deepEqual(row.teams, ['leistung']);
    assert.equal(row.zugewiesen_an, paula.leistungssachbearbeiter_id);
    assert.match(String(row.dms_referenz), new RegExp(eingangsnummer));
    const timeline = await t.ctx
      .db('eingangs_timeline')
      .where({ eingangsnummer })
      .orderBy('schritt')
      .select('status', 'zeit');
    assert.deepEqual(
      timeline.map((s) => s.status),
      ['eingegangen', 'aufbereitet', 'abgelegt', 'weitergeleitet'],
    );
    for (let i = 1; i < timeline.length; i++) assert.ok(timeline[i].zeit >= timeline[i - 1].zeit);
  });

  it('sends the sender a receipt and the team a notice, without social data in the subject', async () => {
    await waitUntil('two mails', async () => t.mails.received.length >= 2, { timeoutMs: 20_000 });
    const mails = await lesen(t.mails.received);
    const receipt = mails.find((m) => m.to.includes('paula.portal@example.org'));
    assert.ok(receipt, 'receipt sent to Paula');
    assert.equal(receipt.subject, `Eingangsbestätigung ${eingangsnummer}`);
    assert.match(receipt.text, /Seiten: 5/);
    assert.match(receipt.text, /Art: Kontoauszüge/);
    assert.doesNotMatch(`${receipt.subject}\n${receipt.text}`, new RegExp(demoLogins.kunde.kundennummer));
    const notice = mails.find((m) => m.to.includes('team-leistung@jobcenter-musterstadt.example'));
    assert.ok(notice, 'notice sent to the Leistung mailbox');
    assert.doesNotMatch(`${notice.subject}\n${notice.text}`, /Paula|Kontoausz|100D000001/);
  });

  it('answers the live state through its query', async () => {
    const zustand = await t.ctx.temporal.client.workflow.getHandle(eingangsnummer).query(zustandQuery);
    assert.equal(zustand.status, 'weitergeleitet');
    assert.equal(zustand.seiten, 5);
    assert.deepEqual(
      zustand.verlauf.map((v) => v.status),
      ['eingegangen', 'aufbereitet', 'abgelegt', 'weitergeleitet'],
    );
  });

  it('can be found in Temporal by Kundennummer and status', async () => {
    const query = `Kundennummer = "${demoLogins.kunde.kundennummer}" AND Dokumentstatus = "weitergeleitet" AND Dokumentart = "Kontoauszüge" AND Kanal = "kunde" AND Bereich = "leistung"`;
    await waitUntil(
      'visibility',
      async () => {
        for await (const wf of t.ctx.temporal.client.workflow.list({ query }))
          if (wf.workflowId === eingangsnummer) return true;
        return false;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
  });

  it('lets staff take it over, refuses a reroute without reason or to the same Bereich, reroutes, finishes it', async () => {
    const handle = t.ctx.temporal.client.workflow.getHandle(eingangsnummer);
    const staff = paula.leistungssachbearbeiter_id;
    const uebernommen = await handle.executeUpdate(uebernehmenUpdate, { args: [{ mitarbeiterId: staff }] });
    assert.equal(uebernommen.status, 'in_bearbeitung');
    assert.equal((await warteAufStatus(t.ctx, eingangsnummer, 'in_bearbeitung')).zugewiesen_an, staff);

    await assert.rejects(
      handle.executeUpdate(bereichAendernUpdate, {
        args: [{ mitarbeiterId: staff, bereich: 'vermittlung', grund: '' }],
      }),
      WorkflowUpdateFailedError,
    );
    await assert.rejects(
      handle.executeUpdate(bereichAendernUpdate, {
        args: [{ mitarbeiterId: staff, bereich: 'leistung', grund: 'gehört zu uns' }],
      }),
      WorkflowUpdateFailedError,
    );

    const umgeleitet = await handle.executeUpdate(bereichAendernUpdate, {
      args: [{ mitarbeiterId: staff, bereich: 'vermittlung', grund: 'Lebenslauf, nicht Kontoauszug' }],
    });
    assert.deepEqual(umgeleitet.teams, ['vermittlung']);
    assert.equal(umgeleitet.zugewiesenAn, paula.ansprechpartner_id);
    await waitUntil(
      'notice to Vermittlung',
      async () => t.mails.received.some((m) => m.to.includes('team-vermittlung@jobcenter-musterstadt.example')),
      { timeoutMs: 20_000 },
    );

    const erledigt = await handle.executeUpdate(erledigenUpdate, {
      args: [{ mitarbeiterId: paula.ansprechpartner_id }],
    });
    assert.equal(erledigt.status, 'erledigt');
    const result = await handle.result();
    assert.equal(result.status, 'erledigt');
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'erledigt');
    assert.ok(row.erledigt_am);
    const reroute = await t.ctx
      .db('eingangs_timeline')
      .where({ eingangsnummer, status: 'weitergeleitet' })
      .orderBy('schritt', 'desc')
      .first();
    assert.equal(reroute.details.grund, 'Lebenslauf, nicht Kontoauszug');
  });

  it('removes the uploaded files and prepared parts once the merged PDF is filed', async () => {
    const row = await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first();
    const blobDir = path.join(t.ctx.config.dataDir, 'blobs');
    const uploads = await readdir(path.join(blobDir, 'upload')).catch(() => []);
    const teile = await readdir(path.join(blobDir, 'teile')).catch(() => []);
    assert.deepEqual([uploads, teile], [[], []]);
    assert.equal((await t.ctx.blobs.get(row.blob_key)).subarray(0, 5).toString(), '%PDF-');
  });
});
