// Every page of the Kunden- and Partnerportal in every language, checked with axe-core in Chromium at desktop and phone width.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { seedTerminvergabe } from '../../db/demo/terminvergabe.js';
import { neueNummer } from '../../domain/nummern.js';
import { dokumentHinzufuegen } from '../../services/bewerbungsmappe/dokument-hinzufuegen.js';
import { mappeAnlegen } from '../../services/bewerbungsmappe/mappe-anlegen.js';
import { sprachen } from '../../web/i18n/index.js';
import { axePruefen, breiten, browserStarten, passtInBreite } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { startApp, type RunningApp } from '../support/http.js';

const portalSeiten = [
  '/kunde',
  '/kunde/termine',
  '/kunde/eingang',
  '/kunde/gesendet',
  '/kunde/dokument-senden',
  '/kunde/bewerbungsmappen',
  '/kunde/mitteilung-senden',
  '/kunde/kontakt',
  '/kunde/stammdaten',
  '/kunde/einstellungen',
  '/kunde/auskunft',
  '/kunde/passwort',
];
const partnerSeiten = [
  '/partner',
  '/partner/eingang',
  '/partner/gesendet',
  '/partner/dokument-senden',
  '/partner/mitteilung-senden',
  '/partner/verwaltung',
  '/partner/formulare',
  '/partner/einstellungen',
  '/partner/passwort',
];
const oeffentlicheSeiten = [
  '/anmelden',
  '/passwort-vergessen',
  '/partner/anmelden',
  '/partner/passwort-vergessen',
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/leichte-sprache',
  '/bearbeitungsstand',
];

describe('every page in every language passes axe-core', { timeout: 900_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  /** A Bewerbungsmappe of the signed-in client with one document: its page, and the public page behind its link. */
  let mappe: { id: number; token: string };
  const url = (pfad: string) => `${app.url}${pfad}`;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    await seedTerminvergabe(t.ctx.db);
    await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .update({ passwort_aendern: false });
    const { id: kundeId } = await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .first('id');
    const eingangsnummer = neueNummer('E', new Date());
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kundeId,
      dokumentart: 'Lebenslauf',
      teams: ['vermittlung'],
      status: 'erledigt',
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
      blob_key: (await t.ctx.blobs.put(Buffer.from('%PDF-1.7\n%%EOF\n'), 'dokumente')).key,
    });
    mappe = await mappeAnlegen(t.ctx, kundeId, { titel: 'Bewerbung als Lagerist' });
    await dokumentHinzufuegen(t.ctx, kundeId, mappe.id, eingangsnummer);
    [app, browser] = await Promise.all([startApp(t.ctx), browserStarten()]);
    kontext = await browser.newContext({ viewport: breiten.desktop });
    page = await kontext.newPage();
    page.setDefaultTimeout(15_000);
  });
  after(async () => {
    await kontext?.close();
    await browser?.close();
    await app?.close();
    await t?.close();
  });

  async function pruefen(pfad: string, sprache: string): Promise<void> {
    const antwort = await page.goto(url(pfad));
    assert.equal(antwort?.status(), 200, `${pfad} in ${sprache}`);
    assert.equal(await page.evaluate('document.documentElement.lang'), sprache, `${pfad} is in ${sprache}`);
    assert.equal(await page.evaluate('document.documentElement.dir'), sprache === 'ar' ? 'rtl' : 'ltr');
    await axePruefen(page, `${pfad} (${sprache})`);
  }

  for (const sprache of sprachen) {
    it(`has no violations on the public pages in ${sprache}`, async () => {
      await kontext.clearCookies();
      await page.goto(url('/anmelden'));
      await page.locator('#sprachwahl').selectOption(sprache);
      await page.locator('form.sprachwahl button').click();
      await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
      for (const pfad of oeffentlicheSeiten) await pruefen(pfad, sprache);
      await pruefen(`/mappe/${mappe.token}`, sprache);
      // The page of an expired or revoked link answers 410, in the visitor's language.
      assert.equal((await page.goto(url(`/mappe/${'x'.repeat(43)}`)))?.status(), 410);
      assert.equal(await page.evaluate('document.documentElement.lang'), sprache);
      await axePruefen(page, `/mappe (gone, ${sprache})`);
    });

    it(`has no violations on the portal pages in ${sprache}, at desktop and phone width`, async () => {
      await kontext.clearCookies();
      await page.setViewportSize(breiten.desktop);
      await page.goto(url('/anmelden'));
      await page.getByRole('textbox').first().fill(demoLogins.zweiterKunde.kundennummer);
      await page.locator('#passwort').fill(demoLogins.zweiterKunde.passwort);
      await page.locator('#passwort').press('Enter');
      await page.waitForURL(url('/kunde'));
      await page.goto(url('/kunde/einstellungen'));
      await page.locator('#sprache').selectOption(sprache);
      await page.locator('form[action="/kunde/sprache"] button').click();
      await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
      for (const pfad of [...portalSeiten, `/kunde/bewerbungsmappen/${mappe.id}`]) await pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of [
        '/kunde',
        '/kunde/termine',
        '/kunde/gesendet',
        '/kunde/dokument-senden',
        `/kunde/bewerbungsmappen/${mappe.id}`,
      ]) {
        await pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
    });

    it(`has no violations on the partner portal pages in ${sprache}, at desktop and phone width`, async () => {
      await kontext.clearCookies();
      await page.setViewportSize(breiten.desktop);
      await page.goto(url('/partner/anmelden'));
      await page.locator('#email').fill(demoLogins.partnerAdmin.email);
      await page.locator('#passwort').fill(demoLogins.partnerAdmin.passwort);
      await page.locator('#passwort').press('Enter');
      await page.waitForURL(url('/partner'));
      await page.goto(url('/partner/einstellungen'));
      await page.locator('#sprache').selectOption(sprache);
      await page.locator('form[action="/partner/sprache"] button').click();
      await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
      for (const pfad of partnerSeiten) await pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of ['/partner/gesendet', '/partner/dokument-senden', '/partner/verwaltung']) {
        await pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
    });
  }
});
