// The public pages (sign-in, legal pages, Bearbeitungsstand, a shared Bewerbungsmappe) in every language pass axe-core in Chromium, at desktop and phone width.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sprachen } from '../../web/i18n/index.js';
import { axePruefen, breiten, gezeichneteSchriften, passtInBreite } from '../support/browser.js';
import { oeffentlicheSeiten } from '../support/portal-seiten.js';
import { sprachenPruefungStarten, type SprachenPruefung } from '../support/sprachen-pruefung.js';

describe('every public page in every language passes axe-core', { timeout: 1_200_000 }, () => {
  let p: SprachenPruefung;
  before(async () => {
    p = await sprachenPruefungStarten();
  });
  after(() => p?.schliessen());

  for (const sprache of sprachen) {
    it(`has no violations on the public pages in ${sprache}, at desktop and phone width`, async () => {
      const { page, url } = p;
      await p.kontext.clearCookies();
      await page.setViewportSize(breiten.desktop);
      await page.goto(url('/anmelden'));
      await page.locator('#sprachwahl').selectOption(sprache);
      await page.locator('form.sprachwahl button').click();
      await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
      const seiten = [...oeffentlicheSeiten, `/mappe/${p.mappe.token}`];
      for (const pfad of seiten) await p.pruefen(pfad, sprache);
      await page.setViewportSize(breiten.telefon);
      for (const pfad of seiten) {
        await p.pruefen(pfad, sprache);
        await passtInBreite(page, `${pfad} (${sprache})`);
      }
      // The page of an expired or revoked link answers 410, in the visitor's language.
      assert.equal((await page.goto(url(`/mappe/${'x'.repeat(43)}`)))?.status(), 410);
      assert.equal(await page.evaluate('document.documentElement.lang'), sprache);
      await axePruefen(page, `/mappe (gone, ${sprache})`);
      await passtInBreite(page, `/mappe (gone, ${sprache})`);
    });
  }

  it('draws Arabic text with Noto Sans Arabic from our own origin, as Fira Sans has no Arabic letters', async () => {
    const { page, url } = p;
    await p.kontext.clearCookies();
    await page.setViewportSize(breiten.desktop);
    await page.goto(url('/anmelden'));
    await page.locator('#sprachwahl').selectOption('ar');
    await page.locator('form.sprachwahl button').click();
    await page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
    const schriften = await gezeichneteSchriften(page, 'h1');
    assert.ok(
      schriften.some((s) => /Noto Sans Arabic/.test(s.familyName) && s.isCustomFont && s.glyphCount > 0),
      JSON.stringify(schriften),
    );
    assert.ok(
      schriften.every((s) => s.isCustomFont),
      `no letter of the heading falls back to a font of the machine: ${JSON.stringify(schriften)}`,
    );
  });
});
