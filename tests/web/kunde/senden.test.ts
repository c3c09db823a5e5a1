import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { foto, keinDokument, pdfMitSeiten } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { warteAufStatus } from '../../support/warten.js';
import { runWorkers } from '../../support/workers.js';
import { erledigenUpdate } from '../../../workflows/dokument-eingang-nachrichten.js';

describe('client sends documents and messages and follows them under gesendet', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  const paula = () => new HttpKunde(app.url);
  let kunde: HttpKunde;
  let eingangsnummer: string;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    workers = await runWorkers(t.ctx);
    kunde = paula();
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await t.close();
  });

  it('shows the upload form with the catalogue, the limits and the Kontoauszüge hint', async () => {
    const { html } = await kunde.holen('/kunde/dokument-senden');
    assert.match(html, /<option value="Weiterbewilligungsantrag">/);
    assert.match(html, /Bis zu 20 Dateien, jede höchstens 25 MB/);
    assert.match(html, /Buchungen schwärzen/);
    assert.match(html, /enctype="multipart\/form-data"/);
  });

  it('accepts two photos and a PDF, banners "erfolgreich hochgeladen" with the Eingangsnummer', async () => {
    await kunde.holen('/kunde/dokument-senden');
    const antwort = await kunde.senden(
      '/kunde/dokument-senden',
      { dokumentart: 'Lohnabrechnung', info: 'Firma Muster, Oktober' },
      [
        { feld: 'datei1', name: 'seite1.jpg', bytes: await foto() },
        { feld: 'datei2', name: 'seite2.jpg', bytes: await foto() },
        { feld: 'datei3', name: 'anlage.pdf', bytes: await pdfMitSeiten(2) },
      ],
    );
    assert.equal(antwort.status, 302);
    const { html } = await kunde.holen(antwort.location!);
    const banner =
      /Das Dokument „Lohnabrechnung“ wurde erfolgreich hochgeladen\. Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
        html,
      );
    assert.ok(banner, 'success banner with Eingangsnummer');
    eingangsnummer = banner[1]!;
  });

  it('lists it under gesendet with a status trail that polls until final (once a minute while with the team), and lets the client download the merged PDF', async () => {
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 4);
    const { html } = await kunde.holen('/kunde/gesendet');
    assert.match(html, new RegExp(eingangsnummer));
    assert.match(html, /Firma Muster, Oktober/);
    const fragment = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/status`, { 'HX-Request': 'true' });
    assert.doesNotMatch(fragment.html, /<html/);
    assert.match(fragment.html, /hx-trigger="every 60s"/, 'with the team: keeps polling, once a minute');
    assert.match(fragment.html, /Status: weitergeleitet/);
    const pdf = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.response.headers.get('content-disposition'), `attachment; filename="${eingangsnummer}.pdf"`);
    assert.equal((await PDFDocument.load(await pdf.response.arrayBuffer())).getPageCount(), 4);
  });

  it('stops polling once the document is finished', async () => {
    await t.ctx.temporal.client.workflow
      .getHandle(eingangsnummer)
      .executeUpdate(erledigenUpdate, { args: [{ mitarbeiterId: 1 }] });
    await warteAufStatus(t.ctx, eingangsnummer, 'erledigt');
    const fragment = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/status`, { 'HX-Request': 'true' });
    assert.doesNotMatch(fragment.html, /hx-trigger/);
    assert.match(fragment.html, /Status: erledigt/);
  });

  it('refuses a file that is neither photo nor PDF with a message, and a missing Dokumentart', async () => {
    await kunde.holen('/kunde/dokument-senden');
    const zip = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Arbeitsvertrag' }, [
      { feld: 'datei1', name: 'vertrag.pdf', bytes: keinDokument },
    ]);
    assert.equal(zip.status, 400);
    assert.match(zip.html, /weder ein Foto noch ein PDF/);
    const ohneArt = await kunde.senden('/kunde/dokument-senden', { dokumentart: '' }, [
      { feld: 'datei1', name: 'a.jpg', bytes: await foto() },
    ]);
    assert.equal(ohneArt.status, 400);
    assert.match(ohneArt.html, /welche Art von Dokument/);
  });

  it('names every problem of an empty upload and of an empty Mitteilung at once, starting nothing', async () => {
    const vorher = await t.ctx.db('eingangsdokumente').count({ n: '*' }).first();
    await kunde.holen('/kunde/dokument-senden');
    const leer = await kunde.senden('/kunde/dokument-senden', { dokumentart: '' });
    assert.equal(leer.status, 400);
    assert.match(leer.html, /href="#dokumentart"/);
    assert.match(leer.html, /href="#datei1"/);
    await kunde.holen('/kunde/mitteilung-senden');
    const mitteilung = await kunde.senden('/kunde/mitteilung-senden', { bereich: '', betreff: ' ', notiz: '' });
    assert.equal(mitteilung.status, 400);
    for (const feld of ['bereich', 'betreff', 'notiz']) assert.match(mitteilung.html, new RegExp(`href="#${feld}"`));
    assert.deepEqual(await t.ctx.db('eingangsdokumente').count({ n: '*' }).first(), vorher);
  });

  it('sends a Mitteilung that appears under gesendet', async () => {
    await kunde.holen('/kunde/mitteilung-senden');
    const leer = await kunde.senden('/kunde/mitteilung-senden', { bereich: 'leistung', betreff: '', notiz: 'Text' });
    assert.equal(leer.status, 400);
    assert.match(leer.html, /Bitte geben Sie einen Betreff ein/);
    const ok = await kunde.senden('/kunde/mitteilung-senden', {
      bereich: 'leistung_und_vermittlung',
      betreff: 'Neue Telefonnummer',
      notiz: 'Meine neue Nummer ist 0170 1234567.',
    });
    assert.equal(ok.location, '/kunde/gesendet');
    const { html } = await kunde.holen('/kunde/gesendet');
    assert.match(html, /Ihre Mitteilung „Neue Telefonnummer“ wurde gesendet/);
    assert.match(html, /Mitteilung: Neue Telefonnummer/);
  });

  it("gives another client 404 for this client's document, its status and its PDF", async () => {
    const max = new HttpKunde(app.url);
    await max.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    assert.equal((await max.holen(`/kunde/gesendet/${eingangsnummer}/status`)).status, 404);
    assert.equal((await max.holen(`/kunde/gesendet/${eingangsnummer}/pdf`)).status, 404);
    assert.doesNotMatch((await max.holen('/kunde/gesendet')).html, new RegExp(eingangsnummer));
  });
});
