// Every page of the Kunden- and Partnerportal in every language, checked with axe-core in Chromium at desktop and phone width.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
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
  '/kunde/mitteilung-senden',
  '/kunde/kontakt',
  '/kunde/stammdaten',
  '/kunde/einstellungen',
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
];

describe('every page in every language passes axe-core', { timeout: 600_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  const url = (pfad: string) => `${app.url}${pfad}`;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .update({ passwort_aendern: false });
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
      for (const pfad of portalSeiten) await pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of ['/kunde', '/kunde/termine', '/kunde/gesendet', '/kunde/dokument-senden']) {
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
