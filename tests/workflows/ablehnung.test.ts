import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import type { Ablehnungsgrund } from '../../domain/ablehnung.js';
import type { DokumentEingangInput } from '../../domain/eingang.js';
import { grenzen } from '../../domain/grenzen.js';
import { neueNummer } from '../../domain/nummern.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import type { TestContext } from '../support/context.js';
import { foto, keinDokument, pdfMitSeiten, riesigesBild, verschluesseltesPdf } from '../support/dateien.js';
import { warteAufStatus } from '../support/warten.js';
import { demoMitWorkern } from '../support/workers.js';
import { dokumentEingang } from '../../workflows/dokument-eingang.js';

describe('dokumentEingang refuses bad files, ends as abgelehnt and files nothing', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, stop } = await demoMitWorkern());
  });
  after(() => stop());

  async function einreichen(dateien: Uint8Array[]): Promise<string> {
    const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Lohnabrechnung',
      dateien,
    });
    return eingangsnummer;
  }

  async function erwarteAblehnung(eingangsnummer: string, grund: Ablehnungsgrund): Promise<void> {
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'abgelehnt');
    assert.equal(row.ablehnungsgrund, grund);
    assert.equal(row.dms_referenz, null);
    const dms = await readdir(t.ctx.config.dmsImportDir);
    assert.equal(dms.filter((f) => f.startsWith(eingangsnummer)).length, 0, 'nothing filed');
    const result = await t.ctx.temporal.client.workflow.getHandle(eingangsnummer).result();
    assert.equal(result.status, 'abgelehnt');
    assert.equal(result.ablehnungsgrund, grund);
  }

  const faelle: Array<[Ablehnungsgrund, string, () => Promise<Uint8Array[]>]> = [
    ['beschaedigt', 'a truncated PDF', async () => [(await pdfMitSeiten(3)).slice(0, 400)]],
    [
      'passwort_geschuetzt',
      'a PDF that needs a password to open',
      async () => [await verschluesseltesPdf({ userPassword: 'geheim', ownerPassword: 'owner' })],
    ],
    [
      'zu_viele_seiten',
      `a PDF with ${grenzen.seitenProDokument + 1} pages`,
      async () => [await pdfMitSeiten(grenzen.seitenProDokument + 1)],
    ],
    [
      'zu_viele_seiten',
      `files adding up to more than ${grenzen.seitenProDokument} pages`,
      async () => [await pdfMitSeiten(300), await pdfMitSeiten(201)],
    ],
    ['bild_zu_gross', 'an image of more than 100 megapixels', async () => [await riesigesBild()]],
  ];
  for (const [grund, was, dateien] of faelle) {
    it(`refuses ${was} as ${grund}`, async () => {
      await erwarteAblehnung(await einreichen(await dateien()), grund);
    });
  }

  /** Starts the workflow the way the scan service does, past the portal's upload checks. */
  async function direktStarten(dateien: Uint8Array[]): Promise<string> {
    const blobs = await Promise.all(dateien.map((d) => t.ctx.blobs.put(Buffer.from(d), 'upload')));
    const eingangsnummer = neueNummer('E');
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'scan',
      kunde_id: paula.id,
      dokumentart: 'Sonstiges',
      status: 'eingegangen',
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    await t.ctx.temporal.client.workflow.start(dokumentEingang, {
      workflowId: eingangsnummer,
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      args: [
        {
          eingangsnummer,
          kanal: 'scan',
          kundennummer: demoLogins.kunde.kundennummer,
          partnerId: null,
          dokumentart: 'Sonstiges',
          eingegangenAm: jetzt.toISOString(),
          pdfTaskQueue: t.ctx.temporal.plan.taskQueues.pdf,
          inhalt: { art: 'dokument', dateien: blobs },
        } satisfies DokumentEingangInput,
      ],
    });
    return eingangsnummer;
  }

  it('refuses a file over 25 MB as zu_gross even when it bypasses the upload check', async () => {
    await erwarteAblehnung(await direktStarten([Buffer.alloc(grenzen.bytesProDatei + 1, 1)]), 'zu_gross');
  });

  it('refuses a ZIP archive among photos as dateityp even when it bypasses the upload check', async () => {
    await erwarteAblehnung(await direktStarten([await foto(), keinDokument]), 'dateityp');
  });

  it('refuses a ZIP archive already at upload, before any workflow starts', async () => {
    const vorher = await t.ctx.db('eingangsdokumente').count({ n: '*' }).first();
    await assert.rejects(
      einreichen([await foto(), keinDokument]),
      (e: Error & { felder?: Record<string, string> }) => e.felder?.datei2 === 'dateityp',
    );
    const nachher = await t.ctx.db('eingangsdokumente').count({ n: '*' }).first();
    assert.deepEqual(nachher, vorher);
  });

  it('accepts an owner-password PDF (printing restrictions, as bank statements come) and files it', async () => {
    const eingangsnummer = await einreichen([await verschluesseltesPdf({ ownerPassword: 'bank' })]);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 2);
  });
});
