// Every page of the Kundenportal in every language passes axe-core in Chromium, at desktop and phone width.
import { after, before, describe, it } from 'node:test';
import { sprachen } from '../../web/i18n/index.js';
import { breiten, passtInBreite } from '../support/browser.js';
import { kundeInSpracheAnmelden } from '../support/portal-anmeldung.js';
import { kundenportalSeiten } from '../support/portal-seiten.js';
import { sprachenPruefungStarten, type SprachenPruefung } from '../support/sprachen-pruefung.js';

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
      await kundeInSpracheAnmelden(page, url(''), sprache);
      const seiten = [...kundenportalSeiten, `/kunde/bewerbungsmappen/${p.mappe.id}`];
      for (const pfad of seiten) await p.pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of seiten) {
        await p.pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
    });
  }
});
