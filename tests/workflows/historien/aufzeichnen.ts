// Records fresh histories of every workflow into this folder: `npx tsx tests/run.ts tests/workflows/historien/aufzeichnen.ts`.
// Not part of `npm test` (not a *.test.ts); the replay test replays these files against later code. Record again only on purpose;
// HISTORIEN=name,name records only those (older recordings stay, so replay keeps covering histories of older code);
// HISTORIEN_ZUSATZ=x writes name-x.json beside an older name.json instead of replacing it.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { dokumentEinreichen, mitteilungEinreichen } from '../../../services/eingang/einreichen.js';
import { ausgangImport } from '../../../workflows/ausgang-import.js';
import { bereinigung } from '../../../workflows/bereinigung.js';
import { abgerufenSignal } from '../../../workflows/dokument-ausgang-nachrichten.js';
import {
  bereichAendernUpdate,
  erledigenUpdate,
  uebernehmenUpdate,
  verwerfenUpdate,
  zuordnenUpdate,
} from '../../../workflows/dokument-eingang-nachrichten.js';
import { scanDokumentEinreichen } from '../../../services/scan/scan-dokument-einreichen.js';
import { antwortbogenAnhaengen, trennblattPdf } from '../../../platform/pdf/antwortbogen.js';
import { alsScan, stapel } from '../../support/scan.js';
import { passwortLinkSenden } from '../../../workflows/passwort-link-senden.js';
import { terminEinplanen } from '../../../services/termine/termine-einplanen.js';
import { terminBestaetigungStarten } from '../../../services/termine/termin-bestaetigung-starten.js';
import { auskunftAnstossen } from '../../../services/auskunft/auskunft-anstossen.js';
import { lieferungAnlegen } from '../../../services/scan/lieferung-anlegen.js';
import { lieferungDokumentAnnehmen } from '../../../services/scan/lieferung-dokument-annehmen.js';
import { lieferungSchliessen } from '../../../services/scan/lieferung-schliessen.js';
import { lieferungStapelAnnehmen } from '../../../services/scan/lieferung-stapel-annehmen.js';
import { stapelTrennungId } from '../../../services/scan/stapel-trennung-starten.js';
import { scanStapelId } from '../../../services/scan/scan-stapel-starten.js';
import { briefBereitstellen } from '../../../services/ausgang/brief-bereitstellen.js';
import { ereignisErfassen } from '../../../services/ereignisse/erfassen.js';
import { webhookRegistrieren } from '../../../services/webhooks/verwaltung.js';
import { waitUntil } from '../../../platform/wait.js';
import { createTestContext } from '../../support/context.js';
import { suiteEnvironment } from '../../support/environment.js';
import { foto, pdfMitSeiten } from '../../support/dateien.js';
import { warteAufStatus } from '../../support/warten.js';
import { runWorkers } from '../../support/workers.js';

/** One page of a PDF as a PDF of its own. */
async function nurSeite(pdf: Uint8Array, index: number): Promise<Uint8Array> {
  const quelle = await PDFDocument.load(pdf);
  const ziel = await PDFDocument.create();
  ziel.addPage((await ziel.copyPages(quelle, [index]))[0]!);
  return ziel.save();
}

it('records histories', async () => {
  const t = await createTestContext();
  await seedDemoData(t.ctx.db, t.ctx.blobs);
  const workers = await runWorkers(t.ctx);
  const client = t.ctx.temporal.client;
  const { temporalCli, temporalAddress } = suiteEnvironment();
  const gewuenscht = process.env.HISTORIEN?.split(',');
  const aufzeichnen = (name: string) => !gewuenscht || gewuenscht.includes(name);
  const save = async (name: string, workflowId: string) => {
    await client.workflow.getHandle(workflowId).result();
    // The CLI writes the standard JSON history format that historyFromJSON reads.
    const json = execFileSync(
      temporalCli,
      [
        'workflow',
        'show',
        '--address',
        temporalAddress,
        '--namespace',
        t.ctx.temporal.plan.namespace.name,
        '--workflow-id',
        workflowId,
        '--output',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const zusatz = process.env.HISTORIEN_ZUSATZ ? `-${process.env.HISTORIEN_ZUSATZ}` : '';
    await writeFile(path.join(import.meta.dirname, `${name}${zusatz}.json`), json);
  };
  const kunde = { absender: { kanal: 'kunde' as const }, kundennummer: demoLogins.kunde.kundennummer };

  if (aufzeichnen('dokument-eingang-erledigt')) {
    const dokument = await dokumentEinreichen(t.ctx, {
      ...kunde,
      dokumentart: 'Kontoauszüge',
      dateien: [await foto(), await pdfMitSeiten(2)],
    });
    await warteAufStatus(t.ctx, dokument.eingangsnummer, 'weitergeleitet');
    const handle = client.workflow.getHandle(dokument.eingangsnummer);
    await handle.executeUpdate(uebernehmenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await handle.executeUpdate(bereichAendernUpdate, {
      args: [{ mitarbeiterId: 1, bereich: 'vermittlung', grund: 'falsch zugeordnet' }],
    });
    await handle.executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 2 }] });
    await save('dokument-eingang-erledigt', dokument.eingangsnummer);
  }

  if (aufzeichnen('dokument-eingang-scan-einzelnes-pdf')) {
    const scan = await dokumentEinreichen(t.ctx, {
      ...kunde,
      absender: { kanal: 'scan' },
      dokumentart: 'Kontoauszüge',
      dateien: [await pdfMitSeiten(3)],
    });
    await warteAufStatus(t.ctx, scan.eingangsnummer, 'weitergeleitet');
    await client.workflow
      .getHandle(scan.eingangsnummer)
      .executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await save('dokument-eingang-scan-einzelnes-pdf', scan.eingangsnummer);
  }

  if (aufzeichnen('dokument-eingang-scan-antwortbogen')) {
    // The client puts the letter's last page, its Antwortbogen, on top of what they send back.
    const brief = await antwortbogenAnhaengen(await pdfMitSeiten(1), {
      kundennummer: demoLogins.kunde.kundennummer,
      referenz: 'A26-HIST-0001',
      dokumentart: 'Sonstiges - Leistung',
      schluessel: t.ctx.config.qrSchluessel[0]!,
    });
    const scan = await alsScan(brief);
    const [bogen, eigene] = await Promise.all([nurSeite(scan, 1), nurSeite(scan, 0)]);
    const { eingangsnummer } = await scanDokumentEinreichen(t.ctx, { bytes: await stapel(bogen, eigene) });
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    await client.workflow.getHandle(eingangsnummer).executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await save('dokument-eingang-scan-antwortbogen', eingangsnummer);
  }

  if (aufzeichnen('dokument-eingang-scan-zuordnen')) {
    const scan = await alsScan(await pdfMitSeiten(1, 'Ohne Code'));
    const { eingangsnummer } = await scanDokumentEinreichen(t.ctx, { bytes: scan });
    await warteAufStatus(t.ctx, eingangsnummer, 'wartet_auf_zuordnung');
    const handle = client.workflow.getHandle(eingangsnummer);
    await handle.executeUpdate(zuordnenUpdate, {
      args: [{ mitarbeiterId: 3, kundennummer: demoLogins.kunde.kundennummer, dokumentart: 'Kontoauszüge' }],
    });
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    await handle.executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await save('dokument-eingang-scan-zuordnen', eingangsnummer);

    const duplikat = await scanDokumentEinreichen(t.ctx, { bytes: scan });
    await warteAufStatus(t.ctx, duplikat.eingangsnummer, 'wartet_auf_zuordnung');
    await client.workflow
      .getHandle(duplikat.eingangsnummer)
      .executeUpdate(verwerfenUpdate, { args: [{ mitarbeiterId: 3 }] });
    await save('dokument-eingang-scan-duplikat-verworfen', duplikat.eingangsnummer);
  }

  if (aufzeichnen('dokument-eingang-abgelehnt')) {
    // A truncated PDF passes the upload check (a ZIP archive no longer does) and is refused while it is prepared.
    const abgelehnt = await dokumentEinreichen(t.ctx, {
      ...kunde,
      dokumentart: 'Sonstiges',
      dateien: [(await pdfMitSeiten(3)).slice(0, 400)],
    });
    await save('dokument-eingang-abgelehnt', abgelehnt.eingangsnummer);
  }

  if (aufzeichnen('mitteilung-erledigt')) {
    const mitteilung = await mitteilungEinreichen(t.ctx, {
      ...kunde,
      bereich: 'leistung_und_vermittlung',
      betreff: 'Test',
      notiz: 'Text',
      absenderZeilen: ['Paula Portal'],
    });
    await warteAufStatus(t.ctx, mitteilung.eingangsnummer, 'weitergeleitet');
    await client.workflow
      .getHandle(mitteilung.eingangsnummer)
      .executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await save('mitteilung-erledigt', mitteilung.eingangsnummer);
  }

  if (aufzeichnen('bereinigung')) {
    const workflowId = `bereinigung-${Date.now()}`;
    await client.workflow.execute(bereinigung, { taskQueue: t.ctx.temporal.plan.taskQueues.io, workflowId, args: [] });
    await save('bereinigung', workflowId);
  }

  if (aufzeichnen('passwort-link')) {
    const anfrage = `aufzeichnung-${Date.now()}`;
    await client.workflow.execute(passwortLinkSenden, {
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      workflowId: `passwort-link-${anfrage}`,
      args: [{ kundennummer: demoLogins.kunde.kundennummer, anfrage }],
    });
    await save('passwort-link', `passwort-link-${anfrage}`);
  }

  if (aufzeichnen('termin-erinnerung-verschoben')) {
    const kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    const beginn = new Date(Date.now() + 3_000);
    const [row] = await t.ctx
      .db('termine')
      .insert({ kunde_id: kundeId, beginn })
      .returning(['id', 'erinnerung_schluessel']);
    const termin = { id: row.id as number, schluessel: row.erinnerung_schluessel as string };
    await terminEinplanen(client, t.ctx.temporal.plan.taskQueues.io, { ...termin, beginn, status: 'geplant' }, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const neu = new Date(Date.now() + 3_000);
    await t.ctx.db('termine').where({ id: termin.id }).update({ beginn: neu });
    await terminEinplanen(
      client,
      t.ctx.temporal.plan.taskQueues.io,
      { ...termin, beginn: neu, status: 'geplant' },
      2_000,
    );
    await save('termin-erinnerung-verschoben', `termin-${termin.schluessel}`);
  }

  if (aufzeichnen('termin-bestaetigung')) {
    const kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    const beginn = new Date(Date.now() + 86_400_000);
    const [row] = await t.ctx
      .db('termine')
      .insert({ kunde_id: kundeId, beginn, raum: 'Raum 1' })
      .returning(['id', 'erinnerung_schluessel']);
    await terminBestaetigungStarten(t.ctx, { terminId: row.id, schluessel: row.erinnerung_schluessel, beginn });
    const workflowId = `termin-bestaetigung-${row.erinnerung_schluessel}-${beginn.toISOString()}`;
    await client.workflow.getHandle(workflowId).result();
    await save('termin-bestaetigung', workflowId);
  }

  if (aufzeichnen('auskunft-erstellen')) {
    const staff = await t.ctx.db('mitarbeiter').where({ team: 'admin' }).first('id');
    const auskunft = await auskunftAnstossen(t.ctx, { kundennummer: demoLogins.kunde.kundennummer }, staff.id);
    await save('auskunft-erstellen', `auskunft-${auskunft.id}`);
  }

  if (aufzeichnen('scan-stapel')) {
    // A delivery of one document with the scan service's data: started, filed, receipt written, workflow ends.
    const lieferungId = `aufzeichnung-${Date.now()}`;
    await lieferungAnlegen(t.ctx, 'scan-dienst', { lieferungId, scanDatum: '2026-12-01', erwartet: 1 });
    const pdf = await pdfMitSeiten(1);
    const blob = await t.ctx.blobs.put(pdf, 'scan');
    await lieferungDokumentAnnehmen(
      t.ctx,
      'scan-dienst',
      lieferungId,
      1,
      { blob, kopf: pdf.subarray(0, 1024) },
      { kundennummer: demoLogins.kunde.kundennummer, dokumentart: 'Kontoauszüge' },
    );
    await lieferungSchliessen(t.ctx, 'scan-dienst', lieferungId);
    await save('scan-stapel', scanStapelId(lieferungId));
  }

  if (aufzeichnen('scan-stapel-trennung')) {
    // A stack of two documents split at its Trennblatt on the PDF queue; the delivery's scanStapel is woken.
    const lieferungId = `aufzeichnung-stapel-${Date.now()}`;
    await lieferungAnlegen(t.ctx, 'scan-dienst', { lieferungId, scanDatum: '2026-12-01', erwartet: 2 });
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const pdf = await stapel(await pdfMitSeiten(1, 'A'), trenn, await pdfMitSeiten(1, 'B'));
    const blob = await t.ctx.blobs.put(pdf, 'scan');
    await lieferungStapelAnnehmen(t.ctx, 'scan-dienst', lieferungId, 1, { blob, kopf: pdf.subarray(0, 1024) });
    await save('scan-stapel-trennung', stapelTrennungId(lieferungId, 1));
    await client.workflow.getHandle(scanStapelId(lieferungId)).terminate('recorded');
  }

  if (aufzeichnen('dokument-ausgang-erinnert-abgerufen')) {
    const staff = await t.ctx.db('mitarbeiter').first('id');
    const { ausgangsnummer } = await briefBereitstellen(t.ctx, {
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Aufzeichnung',
      pdf: await pdfMitSeiten(1),
      erstelltVon: staff.id,
      fristen: { erinnerungNachMs: 1_000, postversandNachMs: 60_000 },
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await client.workflow.getHandle(ausgangsnummer).signal(abgerufenSignal);
    await save('dokument-ausgang-erinnert-abgerufen', ausgangsnummer);
  }

  if (aufzeichnen('ausgang-import')) {
    const exportDir = t.ctx.config.dmsExportDir;
    await mkdir(exportDir, { recursive: true });
    await writeFile(path.join(exportDir, 'brief.pdf'), await pdfMitSeiten(1));
    await writeFile(
      path.join(exportDir, 'brief.json'),
      JSON.stringify({
        referenz: `DMS-${Date.now()}`,
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Bescheid',
        bereich: 'leistung',
        name: 'Aufzeichnung',
        datei: 'brief.pdf',
      }),
    );
    await writeFile(path.join(exportDir, 'kaputt.json'), '{');
    const id = `ausgang-import-${Date.now()}`;
    await client.workflow.execute(ausgangImport, {
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      workflowId: id,
      args: [],
    });
    await save('ausgang-import', id);
  }

  if (aufzeichnen('webhook-zustellung')) {
    let empfangen = 0;
    const server = createServer((req, res) => {
      empfangen += 1;
      res.statusCode = 204;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const abo = await webhookRegistrieren(t.ctx, 'aufzeichnung', url);
    await t.ctx.db.transaction((trx) =>
      ereignisErfassen(trx, {
        art: 'eingang.erledigt',
        schluessel: `aufzeichnung/${abo.id}`,
        status: 'erledigt',
        zeit: new Date(),
        kundennummer: demoLogins.kunde.kundennummer,
        eingangsnummer: 'E26-AUFZ-0001',
      }),
    );
    await waitUntil('event delivered', async () => empfangen > 0, { timeoutMs: 30_000 });
    // Deleted in the database only: the workflow finds the row gone and completes.
    await t.ctx.db('webhooks').where({ id: abo.id }).delete();
    await save('webhook-zustellung', `webhook-${abo.id}`);
    server.closeAllConnections();
    server.close();
  }

  await workers.stop();
  await t.close();
});
