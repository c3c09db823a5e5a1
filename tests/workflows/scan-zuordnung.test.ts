import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../db/demo/logins.js';
import { datenKonverter } from '../../platform/temporal-codec.js';
import { scanDokumentEinreichen } from '../../services/scan/scan-dokument-einreichen.js';
import { verwerfenUpdate, zuordnenUpdate } from '../../workflows/dokument-eingang-nachrichten.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { alsScan, antwortbogenSeite, seiteMitCode, stapel, veraendert } from '../support/scan.js';
import type { TestContext } from '../support/context.js';
import { warteAufStatus } from '../support/warten.js';
import { workflowQuelle } from '../support/workflow-quelle.js';
import { demoMitWorkern } from '../support/workers.js';

const PAULA = demoLogins.kunde.kundennummer;

/** The last page of a letter to Paula: its Antwortbogen alone, as a client puts it on top of their reply. */
const antwortbogen = (t: TestContext, referenz: string) =>
  antwortbogenSeite({
    kundennummer: PAULA,
    referenz,
    dokumentart: 'Sonstiges - Leistung',
    schluessel: t.ctx.config.qrSchluessel[0]!,
  });

const timeline = (t: TestContext, eingangsnummer: string) =>
  t.ctx.db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt').select('status', 'details');

describe('dokumentEingang for scanned paper: Antwortbogen, Zuordnen, duplicates', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  let paula: { id: number };
  let poststelle: number;
  let eigeneSeiten: Uint8Array;

  before(async () => {
    ({ t, stop } = await demoMitWorkern());
    paula = await t.ctx.db('kunden').where({ kundennummer: PAULA }).first('id');
    poststelle = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-poststelle' }).first('id')).id;
    eigeneSeiten = await alsScan(await pdfMitSeiten(2, 'Kontoauszug'));
  });
  after(() => stop());

  it('assigns client, Dokumentart and letter from a valid Antwortbogen, files without the sheet and routes', async () => {
    const scan = await stapel(await alsScan(await antwortbogen(t, 'A26-TEST-0001'), { grad: 3 }), eigeneSeiten);
    const { eingangsnummer, duplikatVon } = await scanDokumentEinreichen(t.ctx, { bytes: scan });
    assert.equal(duplikatVon, null);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.kunde_id, paula.id);
    assert.equal(row.dokumentart, 'Sonstiges - Leistung');
    assert.equal(row.antwort_auf, 'A26-TEST-0001');
    assert.deepEqual(row.teams, ['leistung']);
    assert.equal(row.seiten, 2);
    const dms = t.ctx.config.dmsImportDir;
    const index = JSON.parse(await readFile(path.join(dms, `${eingangsnummer}.json`), 'utf8'));
    assert.equal(index.kundennummer, PAULA);
    assert.equal(index.antwortAuf, 'A26-TEST-0001');
    assert.equal(index.kanal, 'scan');
    const pdf = await PDFDocument.load(await readFile(path.join(dms, `${eingangsnummer}.pdf`)));
    assert.equal(pdf.getPageCount(), 2);
    const schritte = await timeline(t, eingangsnummer);
    assert.deepEqual(
      schritte.map((s) => s.status),
      ['eingegangen', 'aufbereitet', 'abgelegt', 'weitergeleitet'],
    );
    assert.equal(schritte[1]!.details.erkannt, 'antwortbogen');
  });

  it('sends a document whose code was altered to Zuordnen with previews; staff assign it and it is filed and routed', async () => {
    const falsch = veraendert(
      { kundennummer: PAULA, referenz: 'A26-TEST-0002', dokumentart: 'Sonstiges - Leistung' },
      t.ctx.config.qrSchluessel[0]!,
      { kundennummer: '100D000009' },
    );
    const scan = await stapel(await alsScan(await seiteMitCode(falsch)), eigeneSeiten);
    // The scan service's own Kundennummer does not outweigh a code that was tampered with.
    const { eingangsnummer } = await scanDokumentEinreichen(t.ctx, { bytes: scan, kundennummer: PAULA });
    const wartend = await warteAufStatus(t.ctx, eingangsnummer, 'wartet_auf_zuordnung');
    assert.equal(wartend.kunde_id, null);
    assert.equal(wartend.dokumentart, null);
    const vorschau = wartend.vorschau as Array<{ key: string }>;
    assert.equal(vorschau.length, 2);
    assert.equal((await t.ctx.blobs.get(vorschau[0]!.key))[0], 0xff);
    assert.equal((await timeline(t, eingangsnummer)).at(-1)!.details.erkannt, 'ungueltig');

    const handle = t.ctx.temporal.client.workflow.getHandle(eingangsnummer);
    await assert.rejects(
      handle.executeUpdate(zuordnenUpdate, {
        args: [{ mitarbeiterId: poststelle, kundennummer: PAULA, dokumentart: 'Erfunden' }],
      }),
      WorkflowUpdateFailedError,
    );
    const zustand = await handle.executeUpdate(zuordnenUpdate, {
      args: [{ mitarbeiterId: poststelle, kundennummer: PAULA, dokumentart: 'Lebenslauf' }],
    });
    assert.equal(zustand.status, 'aufbereitet');
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.kunde_id, paula.id);
    assert.equal(row.dokumentart, 'Lebenslauf');
    assert.deepEqual(row.teams, ['vermittlung']);
    assert.equal(row.seiten, 3, 'a sheet that does not verify stays in the file');
    const zugeordnet = (await timeline(t, eingangsnummer)).find((s) => s.details.aktion === 'zuordnen');
    assert.equal(zugeordnet?.details.mitarbeiterId, poststelle);
    await assert.rejects(
      handle.executeUpdate(zuordnenUpdate, {
        args: [{ mitarbeiterId: poststelle, kundennummer: PAULA, dokumentart: 'Lebenslauf' }],
      }),
      WorkflowUpdateFailedError,
      'assigned once only',
    );
    // The update waited for the aufbereitet step: its history as it ran replays against the same code.
    await Worker.runReplayHistory(
      { ...workflowQuelle(), dataConverter: datenKonverter(t.ctx.config.temporalPayloadSchluessel) },
      await handle.fetchHistory(),
    );
  });

  it('routes a scan without code by the scan service data, and holds one without any for Zuordnen', async () => {
    const mitDaten = await scanDokumentEinreichen(t.ctx, {
      bytes: await alsScan(await pdfMitSeiten(1, 'Lohnabrechnung')),
      kundennummer: PAULA.toLowerCase(),
      dokumentart: 'Lohnabrechnung',
    });
    const row = await warteAufStatus(t.ctx, mitDaten.eingangsnummer, 'weitergeleitet');
    assert.equal(row.kunde_id, paula.id);
    assert.deepEqual(row.teams, ['leistung']);

    const ohne = await scanDokumentEinreichen(t.ctx, { bytes: eigeneSeiten, kundennummer: '999Z999999' });
    const wartend = await warteAufStatus(t.ctx, ohne.eingangsnummer, 'wartet_auf_zuordnung');
    assert.equal(wartend.kunde_id, null, 'an unknown Kundennummer counts as none');
  });

  it('flags the same file delivered again; staff discard it, or confirm and file it', async () => {
    const datei = await alsScan(await pdfMitSeiten(1, 'Mietvertrag'), { grad: -1 });
    const erster = await scanDokumentEinreichen(t.ctx, { bytes: datei, kundennummer: PAULA, dokumentart: 'Sonstiges' });
    await warteAufStatus(t.ctx, erster.eingangsnummer, 'weitergeleitet');

    const zweiter = await scanDokumentEinreichen(t.ctx, {
      bytes: datei,
      kundennummer: PAULA,
      dokumentart: 'Sonstiges',
    });
    assert.equal(zweiter.duplikatVon, erster.eingangsnummer);
    const wartend = await warteAufStatus(t.ctx, zweiter.eingangsnummer, 'wartet_auf_zuordnung');
    assert.equal(wartend.duplikat_von, erster.eingangsnummer);
    const handle = t.ctx.temporal.client.workflow.getHandle(zweiter.eingangsnummer);
    await assert.rejects(
      handle.executeUpdate(zuordnenUpdate, {
        args: [{ mitarbeiterId: poststelle, kundennummer: PAULA, dokumentart: 'Sonstiges' }],
      }),
      (error: Error) => /bestätigen/.test(String((error.cause as Error | undefined)?.message)),
    );
    await handle.executeUpdate(verwerfenUpdate, { args: [{ mitarbeiterId: poststelle }] });
    const verworfen = await warteAufStatus(t.ctx, zweiter.eingangsnummer, 'abgelehnt');
    assert.equal(verworfen.ablehnungsgrund, 'duplikat');

    const dritter = await scanDokumentEinreichen(t.ctx, { bytes: datei });
    assert.equal(dritter.duplikatVon, erster.eingangsnummer);
    await warteAufStatus(t.ctx, dritter.eingangsnummer, 'wartet_auf_zuordnung');
    await t.ctx.temporal.client.workflow.getHandle(dritter.eingangsnummer).executeUpdate(zuordnenUpdate, {
      args: [{ mitarbeiterId: poststelle, kundennummer: PAULA, dokumentart: 'Sonstiges', duplikatBestaetigt: true }],
    });
    await warteAufStatus(t.ctx, dritter.eingangsnummer, 'weitergeleitet');
    const gefiled = await t.ctx.db('dms_ablagen').whereIn(
      'eingangsnummer',
      [erster, zweiter, dritter].map((e) => e.eingangsnummer),
    );
    assert.deepEqual(
      gefiled.map((g) => g.eingangsnummer).sort(),
      [erster.eingangsnummer, dritter.eingangsnummer].sort(),
    );
  });

  it('starts nothing new for a delivery position sent again, and refuses a wrong SHA-256', async () => {
    const datei = await alsScan(await pdfMitSeiten(1, 'Position 7'));
    const eins = await scanDokumentEinreichen(t.ctx, {
      bytes: datei,
      lieferungId: 'L-1',
      position: 7,
      kundennummer: PAULA,
    });
    const nochmal = await scanDokumentEinreichen(t.ctx, { bytes: datei, lieferungId: 'L-1', position: 7 });
    assert.equal(nochmal.eingangsnummer, eins.eingangsnummer);
    assert.equal(nochmal.neu, false);
    assert.equal(
      (await t.ctx.db('eingangsdokumente').where({ lieferung_id: 'L-1' }).select('eingangsnummer')).length,
      1,
    );
    await assert.rejects(
      scanDokumentEinreichen(t.ctx, { bytes: datei, sha256: '0'.repeat(64) }),
      (error: Error & { felder?: Record<string, string> }) => error.felder?.sha256 === 'passt_nicht',
    );
  });
});
