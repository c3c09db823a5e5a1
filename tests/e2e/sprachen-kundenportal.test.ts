// Every page of the Kundenportal in every language passes axe-core in Chromium, at desktop and phone width.
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { sprachen } from '../../web/i18n/index.js';
import { breiten, passtInBreite } from '../support/browser.js';
import { sprachenPruefungStarten, type SprachenPruefung } from '../support/sprachen-pruefung.js';

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

describe('every Kundenportal page in every language passes axe-core', { timeout: 1_200_000 }, () => {
  let p: SprachenPruefung;
  before(async () => {
    p = await sprachenPruefungStarten();
  });
  after(() => p?.schliessen());

  for (const sprache of sprachen) {
    it(`has no violations on the portal pages in ${sprache}, at desktop and phone width`, async () => {
      const { page, url } = p;
      await p.kontext.clearCookies();
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
      const seiten = [...portalSeiten, `/kunde/bewerbungsmappen/${p.mappe.id}`];
      for (const pfad of seiten) await p.pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of seiten) {
        await p.pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
    });
  }
});
