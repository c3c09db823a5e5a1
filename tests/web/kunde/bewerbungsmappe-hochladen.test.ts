import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { foto, keinDokument, pdfMitSeiten } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { warteAufStatus } from '../../support/warten.js';
import { runWorkers } from '../../support/workers.js';

describe('Bewerbungsmappe: a new upload goes in without JavaScript, filed like Dokument senden, and joins once filed', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> } | undefined;
  let kunde: HttpKunde;
  let andererKunde: HttpKunde;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    t.ctx.config.publicUrl = app.url;
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    andererKunde = new HttpKunde(app.url);
    await andererKunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
  });
  after(async () => {
    await workers?.stop();
    await app?.close();
    await t?.close();
  });

  async function mappeAnlegen(titel: string) {
    await kunde.holen('/kunde/bewerbungsmappen');
    const antwort = await kunde.senden('/kunde/bewerbungsmappen', { titel });
    assert.equal(antwort.status, 201);
    const id = Number(/action="\/kunde\/bewerbungsmappen\/(\d+)\/hochladen"/.exec(antwort.html)?.[1]);
    assert.ok(id, 'the folder page offers a new upload');
    const url = /id="link"[^>]*value="([^"]+)"/.exec(antwort.html)?.[1] ?? '';
    return { id, url };
  }

  const eingaenge = async () => Number((await t.ctx.db('eingangsdokumente').count({ n: '*' }))[0]!.n);

  it('waits as "not yet in the folder" while the document is prepared, then is in the folder and opens for the visitor', async () => {
    const mappe = await mappeAnlegen('Bewerbung als Elektrikerin');
    const seite = await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    assert.match(seite.html, /enctype="multipart\/form-data"/);
    assert.match(seite.html, /auch an das Jobcenter gesendet und in Ihrer Akte abgelegt/, 'the client is told');

    // No worker runs yet: the document stays in its first step, so the folder shows it as noted.
    const antwort = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Sonstiges - Vermittlung', bezeichnung: 'Zeugnis Ausbildung' },
      [
        { feld: 'datei1', name: 'seite1.jpg', bytes: await foto() },
        { feld: 'datei1', name: 'seite2.pdf', bytes: await pdfMitSeiten(1) },
      ],
    );
    assert.equal(antwort.status, 302);
    assert.equal(antwort.location, `/kunde/bewerbungsmappen/${mappe.id}`);
    const wartend = await kunde.holen(antwort.location);
    const nummer = /„Zeugnis Ausbildung“ wurde hochgeladen\. Ihre Eingangsnummer: (E[\dA-Z-]+)\./.exec(
      wartend.html,
    )?.[1];
    assert.ok(nummer, 'the banner names the Eingangsnummer');
    assert.match(wartend.html, /Hochgeladen, noch nicht in der Mappe/);
    assert.match(wartend.html, new RegExp(`Zeugnis Ausbildung \\(${nummer}\\)`));
    assert.match(wartend.html, /Die Mappe enthält noch keine Dokumente/);

    const eingang = await t.ctx.db('eingangsdokumente').where({ eingangsnummer: nummer }).first();
    assert.equal(eingang.kanal, 'kunde', 'sent like Dokument senden');
    assert.equal(eingang.dokumentart, 'Sonstiges - Vermittlung');
    assert.equal(eingang.dateien, 2);
    assert.match((await kunde.holen('/kunde/gesendet')).html, new RegExp(nummer));

    workers = await runWorkers(t.ctx);
    const abgelegt = await warteAufStatus(t.ctx, nummer, 'weitergeleitet');
    const gefuellt = await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    assert.doesNotMatch(gefuellt.html, /Hochgeladen, noch nicht in der Mappe/);
    const [kopie] = await t.ctx.db('bewerbungsmappe_dokumente').where({ mappe_id: mappe.id });
    assert.equal(kopie.name, 'Zeugnis Ausbildung');
    assert.equal(kopie.herkunft, 'hochgeladen');
    assert.equal(kopie.eingangsnummer, nummer);
    assert.notEqual(kopie.blob_key, abgelegt.blob_key, 'the folder keeps its own copy');
    assert.equal((await t.ctx.db('bewerbungsmappe_vormerkungen').where({ mappe_id: mappe.id })).length, 0);

    const besucher = await (await fetch(mappe.url)).text();
    assert.match(besucher, /Zeugnis Ausbildung/);
    const download = /href="(\/mappe\/[^"]+\/\d+)"/.exec(besucher)![1]!;
    const datei = new Uint8Array(await (await fetch(`${app.url}${download}`)).arrayBuffer());
    const gefiled = await t.ctx.blobs.get(abgelegt.blob_key as string);
    assert.deepEqual(datei, new Uint8Array(gefiled), 'the visitor gets the filed PDF, photo and PDF merged');
    assert.equal(Buffer.from(datei.subarray(0, 5)).toString(), '%PDF-');
  });

  it('a visitor opening the link takes in an upload that was filed while the client was away', async () => {
    workers ??= await runWorkers(t.ctx);
    const mappe = await mappeAnlegen('Bewerbung Lager');
    await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    const antwort = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Lebenslauf', bezeichnung: '' },
      [{ feld: 'datei1', name: 'lebenslauf.pdf', bytes: await pdfMitSeiten(2) }],
    );
    assert.equal(antwort.status, 302);
    const { eingangsnummer } = await t.ctx.db('bewerbungsmappe_vormerkungen').where({ mappe_id: mappe.id }).first();
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    const besucher = await (await fetch(mappe.url)).text();
    assert.match(besucher, /Lebenslauf/, 'without a name the Dokumentart is shown');
    assert.equal((await t.ctx.db('bewerbungsmappe_dokumente').where({ mappe_id: mappe.id })).length, 1);
  });

  it('refuses a type the folder does not take, a file that is no document, and another client’s folder; nothing is sent', async () => {
    const mappe = await mappeAnlegen('Bewerbung Büro');
    await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    const vorher = await eingaenge();

    const falscheArt = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Kontoauszüge', bezeichnung: '' },
      [{ feld: 'datei1', name: 'konto.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(falscheArt.status, 400);
    assert.match(falscheArt.html, /href="#dokumentart"/, 'the error summary leads to the field');

    const keinPdf = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Lebenslauf', bezeichnung: 'Mein Lebenslauf' },
      [{ feld: 'datei1', name: 'lebenslauf.pdf', bytes: keinDokument }],
    );
    assert.equal(keinPdf.status, 400);
    assert.match(keinPdf.html, /Diese Datei ist weder ein Foto noch ein PDF/);
    assert.match(keinPdf.html, /value="Mein Lebenslauf"/, 'what the client typed is kept');

    const zuLang = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Lebenslauf', bezeichnung: 'x'.repeat(121) },
      [{ feld: 'datei1', name: 'lebenslauf.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(zuLang.status, 400);
    assert.match(zuLang.html, /Die Bezeichnung ist zu lang/);

    await andererKunde.holen('/kunde/bewerbungsmappen');
    const fremd = await andererKunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Lebenslauf', bezeichnung: '' },
      [{ feld: 'datei1', name: 'lebenslauf.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(fremd.status, 404);

    await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/widerrufen`, {});
    await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    const widerrufen = await kunde.senden(
      `/kunde/bewerbungsmappen/${mappe.id}/hochladen`,
      { dokumentart: 'Lebenslauf', bezeichnung: '' },
      [{ feld: 'datei1', name: 'lebenslauf.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(widerrufen.status, 400);

    assert.equal(await eingaenge(), vorher, 'nothing was sent to the jobcenter');
    assert.equal((await t.ctx.db('bewerbungsmappe_vormerkungen').where({ mappe_id: mappe.id })).length, 0);
  });

  it('shows the upload form in the client’s language', async () => {
    const mappe = await mappeAnlegen('Sprachen');
    for (const [sprache, text] of [
      ['en', /Upload a new document/],
      ['ar', /تحميل مستند جديد/],
    ] as const) {
      await kunde.holen('/kunde');
      await kunde.senden('/kunde/sprache', { sprache });
      const { html } = await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
      assert.match(html, text);
    }
    await kunde.senden('/kunde/sprache', { sprache: 'de' });
  });
});
