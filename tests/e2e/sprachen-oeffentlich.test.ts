// The public pages (sign-in, legal pages, Bearbeitungsstand, a shared Bewerbungsmappe) in every language pass axe-core in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sprachen } from '../../web/i18n/index.js';
import { axePruefen } from '../support/browser.js';
import { sprachenPruefungStarten, type SprachenPruefung } from '../support/sprachen-pruefung.js';

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

describe('every public page in every language passes axe-core', { timeout: 600_000 }, () => {
  let p: SprachenPruefung;
  before(async () => {
    p = await sprachenPruefungStarten();
  });
  after(() => p?.schliessen());

  for (const sprache of sprachen) {
    it(`has no violations on the public pages in ${sprache}`, async () => {
      const { page, url } = p;
      await p.kontext.clearCookies();
      await page.goto(url('/anmelden'));
      await page.locator('#sprachwahl').selectOption(sprache);
      await page.locator('form.sprachwahl button').click();
      await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
      for (const pfad of oeffentlicheSeiten) await p.pruefen(pfad, sprache);
      await p.pruefen(`/mappe/${p.mappe.token}`, sprache);
      // The page of an expired or revoked link answers 410, in the visitor's language.
      assert.equal((await page.goto(url(`/mappe/${'x'.repeat(43)}`)))?.status(), 410);
      assert.equal(await page.evaluate('document.documentElement.lang'), sprache);
      await axePruefen(page, `/mappe (gone, ${sprache})`);
    });
  }
});
