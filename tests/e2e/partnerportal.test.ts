// The Partnerportal in headless Chromium as a partner organisation uses it: Verwaltung, invitation, sending, gesendet + exports, Eingang.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { axePruefen, bildschirmfoto, breiten, browserStarten } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { exportLesen } from '../support/export-lesen.js';
import { startApp, type RunningApp } from '../support/http.js';
import { organisationAnlegen, partnerLinkAusMail } from '../support/partner.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';

const bernd = {
  email: 'bernd.berater@bildungswerk.example',
  vorname: 'Bernd',
  nachname: 'Berater',
  passwort: 'Bernd-sein-Passwort-1',
};

describe('Partnerportal in a real browser', { timeout: 240_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  const url = (pfad: string) => `${app.url}${pfad}`;
  const menue = (punkt: string) =>
    page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: punkt, exact: true });
  const gesendetNummern: string[] = [];

  async function anmelden(email: string, passwort: string): Promise<void> {
    await kontext.clearCookies();
    await page.goto(url('/partner/anmelden'));
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(passwort);
    await page.getByRole('button', { name: 'Einloggen' }).click();
    await page.waitForURL(url('/partner'));
  }

  async function kundeAusfuellen(
    kunde: { kundennummer: string; bg: string; name: string },
    berechtigt: 'ja' | 'nein',
  ): Promise<void> {
    await page.getByLabel('Kundennummer').fill(kunde.kundennummer);
    await page.getByLabel('BG-Nummer').fill(kunde.bg);
    await page.getByLabel('Kundenname').fill(kunde.name);
    await page.getByLabel('Kunde berechtigt').selectOption(berechtigt);
  }

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    const andere = await organisationAnlegen(
      t.ctx,
      'Beratungsstelle Nord',
      { email: 'leitung@nord.example', passwort: 'Nord-Passwort-2026' },
      [demoLogins.zweiterKunde.kundennummer],
    );
    const max = await t.ctx.db('kunden').where({ kundennummer: demoLogins.zweiterKunde.kundennummer }).first('id');
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer: 'E-NORD-1',
      art: 'dokument',
      kanal: 'partner',
      kunde_id: max.id,
      partner_id: andere.partnerId,
      partner_benutzer_id: andere.adminId,
      dokumentart: 'Abschlussbericht',
      teams: ['vermittlung'],
      status: 'erledigt',
      dateien: 1,
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
    });
    const partner = await t.ctx.db('partner').orderBy('id').first('id');
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const blob = await t.ctx.blobs.put(await pdfMitSeiten(2, 'Zuweisung'), 'ausgang');
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer: 'A-E2E-1',
      partner_id: partner.id,
      betrifft_kunde_id: paula.id,
      dokumentart: 'Zuweisung',
      bereich: 'vermittlung',
      name: 'Zuweisung Sprachkurs',
      blob_key: blob.key,
      sha256: blob.sha256,
      bytes: blob.bytes,
      versandstatus: 'benachrichtigt',
    });
    [app, browser] = await Promise.all([startApp(t.ctx), browserStarten()]);
    workers = await runWorkers(t.ctx);
    kontext = await browser.newContext({ viewport: breiten.desktop, acceptDownloads: true });
    page = await kontext.newPage();
    page.setDefaultTimeout(20_000);
  });
  after(async () => {
    await kontext?.close();
    await browser?.close();
    await workers?.stop();
    await app?.close();
    await t?.close();
  });

  it('a partner admin signs in and creates a user, who is invited by e-mail', async () => {
    await anmelden(demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
    await axePruefen(page, 'partner-startseite');
    await menue('Benutzer').click();
    await page.waitForURL(url('/partner/verwaltung'));
    await axePruefen(page, 'partner-verwaltung');
    await page.getByLabel('E-Mail', { exact: true }).fill(bernd.email);
    await page.getByLabel('Nachname').fill(bernd.nachname);
    await page.getByLabel('Vorname').fill(bernd.vorname);
    await page.getByRole('button', { name: 'Benutzer anlegen' }).click();
    await page.getByText(`Der Benutzer ${bernd.email} wurde angelegt`).waitFor();
    const zeile = page.getByRole('row', { name: new RegExp(bernd.email.replace(/\./g, '\\.')) });
    assert.match((await zeile.textContent()) ?? '', /eingeladen/);
    await bildschirmfoto(page, 'partner-verwaltung');
  });

  it('the new user sets a password through the invitation link and signs in', async () => {
    const link = await partnerLinkAusMail(t.mails, bernd.email);
    await kontext.clearCookies();
    await page.goto(url(link));
    await axePruefen(page, 'partner-passwort-festlegen');
    await page.getByLabel('Neues Passwort', { exact: true }).fill(bernd.passwort);
    await page.getByLabel('Neues Passwort wiederholen').fill(bernd.passwort);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.waitForURL(url('/partner/anmelden?neues_passwort'));
    await anmelden(bernd.email, bernd.passwort);
    assert.equal(await menue('Benutzer').count(), 0, 'no Verwaltung for a plain user');
  });

  it('sends a document and a Mitteilung for an assigned client', async () => {
    await menue('Dokument senden').click();
    await kundeAusfuellen(
      { kundennummer: demoLogins.kunde.kundennummer, bg: '10001BG0000001', name: 'Paula Portal' },
      'nein',
    );
    await page.getByLabel('Name', { exact: true }).selectOption('Anwesenheitsnachweis');
    await page.getByLabel('Info').fill('November');
    await page
      .locator('#datei1')
      .setInputFiles({ name: 'liste.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdfMitSeiten(1)) });
    await axePruefen(page, 'partner-dokument-senden');
    await page.getByRole('button', { name: 'Jetzt hochladen' }).click();
    const banner = page.getByText(/wurde erfolgreich hochgeladen\. Eingangsnummer:/);
    gesendetNummern.push(/Eingangsnummer: (E[\w-]+)/.exec((await banner.textContent()) ?? '')![1]!);

    await menue('Mitteilung senden').click();
    await page.getByLabel('Bereich').selectOption('vermittlung');
    await page.getByLabel('Betreff').fill('Fehlzeiten im November');
    await kundeAusfuellen(
      { kundennummer: demoLogins.kunde.kundennummer, bg: '10001BG0000001', name: 'Paula Portal' },
      'ja',
    );
    await page.getByLabel('Notiz').fill('Frau Portal hat an zwei Tagen gefehlt.');
    await axePruefen(page, 'partner-mitteilung-senden');
    await page.getByRole('button', { name: 'Nachricht abschicken' }).click();
    await page.waitForURL(url('/partner/gesendet'));
    gesendetNummern.push(
      /Eingangsnummer: (E[\w-]+)/.exec(
        (await page.getByText(/wurde gesendet\. Eingangsnummer:/).textContent()) ?? '',
      )![1]!,
    );
    for (const nummer of gesendetNummern) await warteAufStatus(t.ctx, nummer, 'weitergeleitet');
  });

  it("sees both under gesendet with their Versandstatus, and not another organisation's submission", async () => {
    await page.goto(url('/partner/gesendet'));
    for (const nummer of gesendetNummern) {
      const zeile = page.getByRole('row', { name: new RegExp(nummer) });
      assert.match((await zeile.textContent()) ?? '', /weitergeleitet/);
    }
    assert.equal(await page.getByText('E-NORD-1').count(), 0);
    await axePruefen(page, 'partner-gesendet');
    await bildschirmfoto(page, 'partner-gesendet');
  });

  it('prints the list without navigation, search or export links ("Drucken")', async () => {
    await page.goto(url('/partner/gesendet'));
    assert.equal(
      await page.getByRole('button', { name: 'Drucken' }).isVisible(),
      true,
      'the print button appears with JavaScript',
    );
    await page.emulateMedia({ media: 'print' });
    for (const auswahl of ['.seitenleiste', '.liste-filter', '.liste-werkzeuge', '.kontoleiste'])
      assert.equal(await page.locator(auswahl).isVisible(), false, `${auswahl} hidden in print`);
    assert.equal(await page.locator('table.liste thead').isVisible(), true);
    for (const nummer of gesendetNummern)
      assert.equal(await page.getByRole('row', { name: new RegExp(nummer) }).isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('exports the list as CSV, Excel and PDF, each holding the rows shown', async () => {
    await page.goto(url('/partner/gesendet'));
    for (const [link, format] of [
      ['Export als CSV', 'csv'],
      ['Export als Excel', 'xlsx'],
      ['Export als PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`^gesendet-\\d{4}-\\d\\d-\\d\\d\\.${format}$`));
      const text = await exportLesen(format, await readFile((await download.path())!));
      for (const nummer of gesendetNummern) assert.ok(text.includes(nummer), `${format} export holds ${nummer}`);
      assert.ok(text.includes('Fehlzeiten im November'), `${format} export holds the Mitteilung`);
      assert.ok(!text.includes('E-NORD-1'), `${format} export holds nothing of another organisation`);
    }
  });

  it('announces and summarises the errors of an empty form, each linked to its field, and works by keyboard', async () => {
    await menue('Mitteilung senden').click();
    await page.getByRole('button', { name: 'Nachricht abschicken' }).focus();
    await page.keyboard.press('Enter');
    const zusammenfassung = page.locator('.fehler-zusammenfassung');
    await zusammenfassung.waitFor();
    assert.equal(await zusammenfassung.getAttribute('role'), 'alert');
    await page.waitForFunction(
      'document.activeElement && document.activeElement.classList.contains("fehler-zusammenfassung")',
    );
    const ziele = await zusammenfassung
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const feld of ['#bereich', '#betreff', '#kundennummer', '#kunde_berechtigt', '#notiz'])
      assert.ok(ziele.includes(feld), `${feld} in the summary`);
    for (const ziel of ziele)
      assert.equal(await page.locator(ziel).getAttribute('aria-invalid'), 'true', `${ziel} marked invalid`);
    await zusammenfassung.locator('a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      `document.activeElement && document.activeElement.id === ${JSON.stringify(ziele[0]!.slice(1))}`,
    );
    await axePruefen(page, 'partner-mitteilung-leer');
  });

  it('refuses to send for a client of another organisation with a clear message', async () => {
    await menue('Mitteilung senden').click();
    await page.getByLabel('Bereich').selectOption('leistung');
    await page.getByLabel('Betreff').fill('Test');
    await kundeAusfuellen(
      { kundennummer: demoLogins.zweiterKunde.kundennummer, bg: '10001BG0000002', name: 'Max Mustermann' },
      'nein',
    );
    await page.getByLabel('Notiz').fill('Test');
    await page.getByRole('button', { name: 'Nachricht abschicken' }).click();
    await page
      .locator('.fehler-zusammenfassung')
      .getByText('Diese Kundennummer ist Ihrer Organisation nicht zugewiesen', { exact: false })
      .waitFor();
    await axePruefen(page, 'partner-mitteilung-fehler');
  });

  it('downloads the referral from Eingang, which records the retrieval', async () => {
    await menue('Eingang').click();
    await axePruefen(page, 'partner-eingang');
    const zeile = page.getByRole('row', { name: /Zuweisung Sprachkurs/ });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      zeile.getByRole('link', { name: /Herunterladen/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'A-E2E-1.pdf');
    assert.equal((await readFile((await download.path())!)).subarray(0, 5).toString(), '%PDF-');
    assert.equal(
      (await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer: 'A-E2E-1' }).first()).versandstatus,
      'abgerufen',
    );
    for (const pfad of ['/partner/formulare', '/partner/einstellungen']) {
      await page.goto(url(pfad));
      await axePruefen(page, pfad);
    }
  });
});
