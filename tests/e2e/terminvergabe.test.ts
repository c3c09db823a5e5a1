// The slot picker and the link page in Chromium: booked without JavaScript, and 0 axe violations in every language; the staff pages too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { linkTokenHash, neuesLinkToken } from '../../domain/passwort-link.js';
import { anliegenAnlegen } from '../../services/termine/anliegen-anlegen.js';
import { freieSlots } from '../../services/termine/freie-slots.js';
import { slotBuchen } from '../../services/termine/slot-buchen.js';
import { slotsOeffnen } from '../../services/termine/slots-oeffnen.js';
import { sprachen } from '../../web/i18n/index.js';
import { kundeInSpracheAnmelden } from '../support/portal-anmeldung.js';
import { axePruefen, breiten, browserStarten, passtInBreite } from '../support/browser.js';
import { arbeitsplatzStarten } from '../support/arbeitsplatz.js';
import type { TestContext } from '../support/context.js';
import type { RunningApp } from '../support/http.js';

const berlinTag = (tageVoraus: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + tageVoraus * 86_400_000),
  );

describe('the slot picker works without JavaScript and passes axe-core in every language', { timeout: 600_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let browser: Browser;
  let stoppen: (() => Promise<void>) | undefined;
  let anliegenId: number;
  const url = (pfad: string) => `${app.url}${pfad}`;

  before(async () => {
    // The staff workspace: demo data, the app and the identity provider staff sign in at.
    [{ t, app, stoppen }, browser] = await Promise.all([arbeitsplatzStarten(), browserStarten()]);
    await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .update({ passwort_aendern: false });
    anliegenId = await anliegenAnlegen(t.ctx, {
      name: 'Antragsabgabe',
      dauerMinuten: '15',
      ort: 'Raum E.04',
      team: 'leistung',
      oeffentlich: true,
    });
    for (const tage of [2, 3])
      await slotsOeffnen(t.ctx, { anliegenId, datum: berlinTag(tage), von: '08:00', bis: '12:00' });
  });
  after(async () => {
    await browser?.close();
    await stoppen?.();
  });

  async function spracheWaehlen(page: Page, sprache: string): Promise<void> {
    await page.goto(url('/termin-buchen'));
    await page.locator('#sprachwahl').selectOption(sprache);
    await page.locator('form.sprachwahl button').click();
    await page.waitForURL(/\/termin-buchen/);
    assert.equal(await page.locator('html').getAttribute('lang'), sprache);
  }

  for (const sprache of ['de', 'ar']) {
    it(`books a public slot with JavaScript switched off (${sprache})`, async () => {
      const kontext: BrowserContext = await browser.newContext({ viewport: breiten.telefon, javaScriptEnabled: false });
      try {
        const page = await kontext.newPage();
        await spracheWaehlen(page, sprache);
        await page.locator(`a[href="/termin-buchen?anliegen=${anliegenId}"]`).click();
        await page.locator('input[name="slot"]').first().check();
        await page.locator('#name').fill(`Gast ${sprache}`);
        await page.locator('#email').fill(`gast-${sprache}@example.org`);
        await page.locator('form[action="/termin-buchen"] button[type="submit"]').click();
        await page.waitForURL(url('/termin-buchen?gebucht'));
        const termin = await t.ctx
          .db('termine')
          .where({ gast_email: `gast-${sprache}@example.org` })
          .first();
        assert.equal(termin.status, 'geplant');
        assert.equal(termin.gast_sprache, sprache);
      } finally {
        await kontext.close();
      }
    });
  }

  for (const sprache of sprachen) {
    it(`has no axe violations on the booking and link pages in ${sprache}`, async () => {
      const kontext = await browser.newContext({ viewport: breiten.desktop });
      try {
        const page = await kontext.newPage();
        page.setDefaultTimeout(15_000);
        const pruefen = async (pfad: string, status = 200) => {
          const antwort = await page.goto(url(pfad));
          assert.equal(antwort?.status(), status, `${pfad} in ${sprache}`);
          assert.equal(await page.evaluate('document.documentElement.dir'), sprache === 'ar' ? 'rtl' : 'ltr');
          await axePruefen(page, `${pfad} (${sprache})`);
        };
        await spracheWaehlen(page, sprache);
        await pruefen('/termin-buchen');
        await pruefen(`/termin-buchen?anliegen=${anliegenId}`);
        await page.setViewportSize(breiten.telefon);
        await passtInBreite(page, `slot picker (${sprache})`);
        await page.setViewportSize(breiten.desktop);
        // The form sent empty: error summary and field errors.
        await page.locator('form[action="/termin-buchen"] button[type="submit"]').click();
        await page.waitForSelector('.fehler-zusammenfassung');
        await axePruefen(page, `slot picker with errors (${sprache})`);
        await pruefen('/termin-buchen?gebucht');

        const [slot] = await freieSlots(t.ctx.db, anliegenId);
        const { terminId } = await slotBuchen(t.ctx, slot!.id, {
          gast: { name: 'Axe', email: `axe-${sprache}@example.org`, sprache },
        });
        const token = neuesLinkToken();
        await t.ctx.db('termin_links').insert({
          token_hash: linkTokenHash(token),
          termin_id: terminId,
          gueltig_bis: new Date(Date.now() + 86_400_000),
        });
        await pruefen(`/termin/${token}`);
        await pruefen('/termin/abgelaufen-oder-unbekannt-0000000000', 410);

        await kundeInSpracheAnmelden(page, url(''), sprache);
        await pruefen(`/kunde/termin-buchen?anliegen=${anliegenId}`);
        await pruefen('/kunde/termine');
      } finally {
        await kontext.close();
      }
    });
  }

  it('has no axe violations on the staff pages: Terminvergabe with its slots, Anliegen bearbeiten, Tagesplan', async () => {
    const [slot] = await freieSlots(t.ctx.db, anliegenId);
    await slotBuchen(t.ctx, slot!.id, { gast: { name: 'Gebucht', email: 'gebucht@example.org', sprache: 'de' } });
    const staffSeite = async (login: string) => {
      const kontext = await browser.newContext({ viewport: breiten.desktop });
      const page = await kontext.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(url('/mitarbeiter/anmelden'));
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('egal');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(new RegExp(`^${app.url}/mitarbeiter/`));
      return { kontext, page };
    };
    const pruefen = async (page: Page, pfad: string) => {
      assert.equal((await page.goto(url(pfad)))?.status(), 200, pfad);
      await axePruefen(page, pfad);
    };

    const admin = await staffSeite('demo-admin');
    try {
      const { page } = admin;
      await pruefen(page, '/mitarbeiter/terminvergabe');
      assert.ok(await page.locator('form[action$="/loeschen"]').count(), 'free slots have a delete button');
      assert.match(await page.locator('table.liste').innerText(), /gebucht/);
      await page.setViewportSize(breiten.telefon);
      await passtInBreite(page, 'Terminvergabe');
      await axePruefen(page, 'Terminvergabe (phone)');
      await page.setViewportSize(breiten.desktop);
      // Both forms sent empty: error summary and field errors.
      await page.locator('form[action="/mitarbeiter/terminvergabe/anliegen"] button[type="submit"]').click();
      await page.waitForSelector('.fehler-zusammenfassung');
      await axePruefen(page, 'Terminvergabe with errors');
      await pruefen(page, `/mitarbeiter/terminvergabe/anliegen/${anliegenId}`);
      await page.locator('#dauer').fill('1');
      await page.locator('form[action^="/mitarbeiter/terminvergabe/anliegen/"] button[type="submit"]').click();
      await page.waitForSelector('.fehler-zusammenfassung');
      await axePruefen(page, 'Anliegen bearbeiten with errors');
    } finally {
      await admin.kontext.close();
    }

    const team = await staffSeite('demo-leistung');
    try {
      await pruefen(team.page, `/mitarbeiter/tagesplan?datum=${berlinTag(2)}`);
      assert.match(await team.page.locator('table.liste').innerText(), /gebucht/);
      await pruefen(team.page, `/mitarbeiter/tagesplan?datum=${berlinTag(40)}`);
    } finally {
      await team.kontext.close();
    }
  });
});
