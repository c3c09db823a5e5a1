// Every page of the Partnerportal in every language passes axe-core in Chromium, at desktop and phone width.
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { sprachen } from '../../web/i18n/index.js';
import { breiten, passtInBreite } from '../support/browser.js';
import { partnerportalSeiten } from '../support/portal-seiten.js';
import { sprachenPruefungStarten, type SprachenPruefung } from '../support/sprachen-pruefung.js';

describe('every Partnerportal page in every language passes axe-core', { timeout: 1_200_000 }, () => {
  let p: SprachenPruefung;
  before(async () => {
    p = await sprachenPruefungStarten();
  });
  after(() => p?.schliessen());

  for (const sprache of sprachen) {
    it(`has no violations on the partner portal pages in ${sprache}, at desktop and phone width`, async () => {
      const { page, url } = p;
      await p.kontext.clearCookies();
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
      for (const pfad of partnerportalSeiten) await p.pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of partnerportalSeiten) {
        await p.pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
    });
  }
});
