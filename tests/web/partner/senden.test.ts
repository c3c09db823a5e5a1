import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { foto, pdfMitSeiten } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { organisationAnlegen, partnerAnmelden } from '../../support/partner.js';
import { warteAufStatus } from '../../support/warten.js';
import { lesen } from '../../support/mails.js';
import { waitUntil } from '../../../platform/wait.js';
import { runWorkers } from '../../support/workers.js';

const paula = { kundennummer: demoLogins.kunde.kundennummer, bg_nummer: '10001BG0000001', kundenname: 'Paula Portal' };
const max = {
  kundennummer: demoLogins.zweiterKunde.kundennummer,
  bg_nummer: '10001BG0000002',
  kundenname: 'Max Mustermann',
};

describe('partners send documents and Mitteilungen for assigned clients only', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  let anna: HttpKunde;
  let fremde: HttpKunde;
  let dokumentNummer: string;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    // Max is assigned to another organisation only.
    await organisationAnlegen(
      t.ctx,
      'Beratungsstelle Nord',
      { email: 'leitung@nord.example', passwort: 'Nord-Passwort-2026' },
      [demoLogins.zweiterKunde.kundennummer],
    );
    app = await startApp(t.ctx);
    workers = await runWorkers(t.ctx);
    anna = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
    fremde = await partnerAnmelden(app.url, 'leitung@nord.example', 'Nord-Passwort-2026');
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await t.close();
  });

  const zeilen = () =>
    t.ctx
      .db('eingangsdokumente')
      .count({ n: '*' })
      .first()
      .then((r) => Number(r?.n));

  it('shows the form of the original: client fields, the partner catalogue and the limits', async () => {
    const { html } = await anna.holen('/partner/dokument-senden');
    for (const feld of ['kundennummer', 'bg_nummer', 'kundenname', 'kunde_berechtigt', 'dokumentart', 'info', 'datei1'])
      assert.match(html, new RegExp(`name="${feld}"`));
    assert.match(html, /<option value="Maßnahmebericht">/);
    assert.doesNotMatch(html, /<option value="Kontoauszüge">/);
    assert.match(html, /action="\/partner\/dokument-senden"/);
  });

  it('files a document for an assigned client through dokumentEingang with Kanal partner', async () => {
    await anna.holen('/partner/dokument-senden');
    const antwort = await anna.senden(
      '/partner/dokument-senden',
      { ...paula, kunde_berechtigt: 'nein', dokumentart: 'Anwesenheitsnachweis', info: 'November' },
      [
        { feld: 'datei1', name: 'liste.pdf', bytes: await pdfMitSeiten(2) },
        { feld: 'datei2', name: 'foto.jpg', bytes: await foto() },
      ],
    );
    assert.equal(antwort.location, '/partner/dokument-senden');
    const { html } = await anna.holen('/partner/dokument-senden');
    const banner =
      /Das Dokument „Anwesenheitsnachweis“ wurde erfolgreich hochgeladen\. Eingangsnummer: (E[0-9A-Z-]+)/.exec(html);
    assert.ok(banner, 'success banner');
    dokumentNummer = banner[1]!;
    const row = await warteAufStatus(t.ctx, dokumentNummer, 'weitergeleitet');
    assert.equal(row.kanal, 'partner');
    assert.equal(row.seiten, 3);
    assert.equal(row.kunde_berechtigt, false);
    assert.deepEqual(row.teams, ['vermittlung']);
    const description = await t.ctx.temporal.client.workflow.getHandle(dokumentNummer).describe();
    assert.deepEqual(description.searchAttributes.Kanal, ['partner']);
  });

  it('refuses an unassigned and an unknown Kundennummer with the same clear message, storing nothing', async () => {
    const vorher = await zeilen();
    await anna.holen('/partner/dokument-senden');
    const datei = [{ feld: 'datei1', name: 'a.pdf', bytes: await pdfMitSeiten(1) }];
    const fremd = await anna.senden(
      '/partner/dokument-senden',
      { ...max, kunde_berechtigt: 'ja', dokumentart: 'Abschlussbericht' },
      datei,
    );
    const unbekannt = await anna.senden(
      '/partner/dokument-senden',
      { ...max, kundennummer: '999X999999', kunde_berechtigt: 'ja', dokumentart: 'Abschlussbericht' },
      datei,
    );
    for (const antwort of [fremd, unbekannt]) {
      assert.equal(antwort.status, 400);
      assert.match(antwort.html, /Diese Kundennummer ist Ihrer Organisation nicht zugewiesen/);
    }
    assert.equal(await zeilen(), vorher);
  });

  it('checks BG-Nummer, name and "Kunde berechtigt" against the record, whatever the form says', async () => {
    await anna.holen('/partner/mitteilung-senden');
    const antwort = await anna.senden('/partner/mitteilung-senden', {
      ...paula,
      bg_nummer: '10001BG0000002',
      kundenname: 'Petra Anders',
      bereich: 'vermittlung',
      betreff: 'Fehlzeiten',
      notiz: 'Text',
    });
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Die BG-Nummer passt nicht zur Kundennummer/);
    assert.match(antwort.html, /Der Name passt nicht zur Kundennummer/);
    assert.match(antwort.html, /ob die Kundin oder der Kunde das Dokument sehen darf/);
  });

  it('files a Mitteilung as a PDF letter; a client sees partner submissions only when berechtigt', async () => {
    // Receipts follow the language the partner user chose in Einstellungen.
    await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).update({ sprache: 'en' });
    await anna.holen('/partner/mitteilung-senden');
    const antwort = await anna.senden('/partner/mitteilung-senden', {
      ...paula,
      kundenname: 'portal, paula',
      kunde_berechtigt: 'ja',
      bereich: 'leistung_und_vermittlung',
      betreff: 'Teilnahme bestätigt',
      notiz: 'Frau Portal nimmt seit dem 3. November teil.',
    });
    assert.equal(antwort.location, '/partner/gesendet');
    const { html } = await anna.holen('/partner/gesendet');
    const nummer = /Die Mitteilung „Teilnahme bestätigt“ wurde gesendet\. Eingangsnummer: (E[0-9A-Z-]+)/.exec(
      html,
    )?.[1];
    assert.ok(nummer);
    const row = await warteAufStatus(t.ctx, nummer, 'weitergeleitet');
    assert.equal(row.art, 'mitteilung');
    assert.deepEqual([...(row.teams as string[])].sort(), ['leistung', 'vermittlung']);
    const quittung = async (eingangsnummer: string) => {
      let betreff = '';
      await waitUntil(
        `receipt for ${eingangsnummer}`,
        async () => {
          const mails = await lesen(t.mails.received.filter((m) => m.to.includes(demoLogins.partnerAdmin.email)));
          betreff = mails.find((m) => m.text.includes(eingangsnummer))?.subject ?? '';
          return betreff !== '';
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );
      return betreff;
    };
    assert.equal(await quittung(dokumentNummer), `Eingangsbestätigung ${dokumentNummer}`);
    assert.match(await quittung(nummer), /^Confirmation of receipt \(Eingangsbestätigung\)/);

    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(paula.kundennummer, demoLogins.kunde.passwort);
    const gesendet = (await kunde.holen('/kunde/gesendet')).html;
    assert.match(gesendet, /Teilnahme bestätigt/);
    assert.doesNotMatch(gesendet, /Anwesenheitsnachweis/, 'not berechtigt: hidden from the client');
    assert.equal((await kunde.holen(`/kunde/gesendet/${dokumentNummer}/pdf`)).status, 404);
  });

  it('shows the submissions to every user of the organisation and to nobody else', async () => {
    const liste = (await anna.holen('/partner/gesendet')).html;
    assert.match(liste, new RegExp(dokumentNummer));
    assert.equal(
      (await anna.holen(`/partner/gesendet/${dokumentNummer}/pdf`)).response.headers.get('content-type'),
      'application/pdf',
    );
    assert.doesNotMatch((await fremde.holen('/partner/gesendet')).html, new RegExp(dokumentNummer));
    assert.equal((await fremde.holen(`/partner/gesendet/${dokumentNummer}/pdf`)).status, 404);
    await fremde.holen('/partner/dokument-senden');
    const versuch = await fremde.senden(
      '/partner/dokument-senden',
      { ...paula, kunde_berechtigt: 'ja', dokumentart: 'Abschlussbericht' },
      [{ feld: 'datei1', name: 'a.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.match(versuch.html, /Diese Kundennummer ist Ihrer Organisation nicht zugewiesen/);
  });
});
