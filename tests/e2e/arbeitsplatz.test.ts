// The staff workspace in headless Chromium: sign-in at the real identity provider, inbox, reroute, finish; the client sees it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { axePruefen, bildschirmfoto, breiten, browserStarten, passtInBreite } from '../support/browser.js';
import { arbeitsplatzStarten } from '../support/arbeitsplatz.js';
import type { TestContext } from '../support/context.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import type { RunningApp } from '../support/http.js';
import { HttpKunde } from '../support/http-kunde.js';
import { warteAufStatus } from '../support/warten.js';

describe('staff workspace in a real browser', { timeout: 600_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: (() => Promise<void>) | undefined;
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  let nummer = '';

  before(async () => {
    [{ t, app, stoppen }, browser] = await Promise.all([arbeitsplatzStarten({ workers: true }), browserStarten()]);
    kontext = await browser.newContext({ viewport: breiten.desktop, locale: 'de-DE' });
    page = await kontext.newPage();
    page.setDefaultTimeout(15_000);
    ({ eingangsnummer: nummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Sonstiges',
      dateien: [await foto()],
    }));
    await warteAufStatus(t.ctx, nummer, 'weitergeleitet');
  });
  after(async () => {
    await kontext?.close();
    await browser?.close();
    await stoppen?.();
  });

  async function anmelden(login: string, seite = page): Promise<void> {
    await seite.goto(`${app.url}/mitarbeiter/anmelden`);
    await seite.locator('input[name="login"]').fill(login);
    await seite.locator('input[name="password"]').fill('egal');
    await seite.locator('button[type="submit"]').click();
    await seite.waitForURL(new RegExp(`^${app.url}/mitarbeiter/postfach/`));
  }

  it("signs the Poststelle in at the identity provider and shows the client's Sonstiges document in its inbox", async () => {
    await anmelden('demo-poststelle');
    assert.equal(new URL(page.url()).pathname, '/mitarbeiter/postfach/poststelle');
    await page.getByRole('link', { name: nummer }).waitFor();
    await axePruefen(page, 'postfach');
    await bildschirmfoto(page, 'arbeitsplatz-postfach');
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await page.getByRole('heading', { name: 'Offene Dokumente nach Team und Status' }).waitFor();
    await axePruefen(page, 'uebersicht');
    await page.getByRole('link', { name: 'Postfach Poststelle' }).click();
  });

  it('opens the document and reroutes it to Leistung with a reason', async () => {
    await page.getByRole('link', { name: nummer }).click();
    await page.waitForURL(`${app.url}/mitarbeiter/dokument/${nummer}`);
    await page.getByRole('link', { name: 'In der Temporal UI öffnen' }).waitFor();
    await axePruefen(page, 'dokument');
    await page.getByLabel('Bereich ändern').selectOption('leistung');
    await page.getByLabel('Grund', { exact: true }).fill('Nachweis für die Leistung');
    await page.getByRole('button', { name: 'Bereich ändern' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Dokument wurde weitergeleitet.' }).waitFor();
    assert.equal((await t.ctx.db('audit_log').where({ eingangsnummer: nummer, aktion: 'bereich_aendern' })).length, 1);
  });

  it('signs out at the provider too, so the next sign-in asks again', async () => {
    await page.goto(`${app.url}/mitarbeiter/postfach/poststelle`);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    // oidc-provider asks to confirm the sign-out at the provider.
    await page.locator('button[autofocus], button[type="submit"]').first().click();
    await page.waitForURL(`${app.url}/mitarbeiter/abgemeldet`);
    await page.getByRole('heading', { name: 'Sie haben sich abgemeldet.' }).waitFor();
    await page.goto(`${app.url}/mitarbeiter/anmelden`);
    await page.locator('input[name="login"]').waitFor();
  });

  it('lets Leistung take the document over and finish it; the client then sees "erledigt"', async () => {
    await anmelden('demo-leistung');
    await page.getByRole('link', { name: nummer }).click();
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await page.getByRole('status').filter({ hasText: 'übernommen' }).waitFor();
    await page.getByRole('button', { name: 'Erledigen' }).click();
    await page.getByRole('status').filter({ hasText: 'erledigt' }).waitFor();
    await warteAufStatus(t.ctx, nummer, 'erledigt');
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const gesendet = await paula.holen('/kunde/gesendet');
    const zeile = gesendet.html.slice(gesendet.html.indexOf(nummer));
    assert.match(zeile.slice(0, 3000), /erledigt/);
  });

  it('sends a letter to the client; once she downloads it from Eingang the staff list says "abgerufen"', async () => {
    await page.getByRole('link', { name: 'Schreiben senden' }).click();
    await page.getByLabel('Kundennummer').fill(demoLogins.kunde.kundennummer);
    await page.getByLabel('Dokumentart').fill('Bescheid');
    await page.getByLabel('Name (wie ihn die Empfängerin sieht)').fill('Bewilligung Januar');
    await page.getByLabel('PDF').setInputFiles({
      name: 'bewilligung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await pdfMitSeiten(1)),
    });
    await page.getByRole('button', { name: 'Schreiben senden' }).click();
    await page.getByRole('status').filter({ hasText: 'liegt im Eingang' }).waitFor();
    await axePruefen(page, 'ausgang');
    const brief = await t.ctx.db('ausgangsdokumente').where({ name: 'Bewilligung Januar' }).first('ausgangsnummer');

    const paula = new HttpKunde(app.url);
    // Paula changed her initial password in the previous step.
    await paula.anmelden(demoLogins.kunde.kundennummer, 'Mein-neues-Passwort-1');
    assert.equal((await paula.holen(`/kunde/eingang/${brief.ausgangsnummer}/pdf`)).status, 200);

    await page.reload();
    await page.getByRole('row').filter({ hasText: brief.ausgangsnummer }).getByText('abgerufen').waitFor();
  });

  it('shows every staff page without axe-core violations, at desktop and phone width, with nothing scrolling sideways', async () => {
    // A second context of the same browser: the administration may open every page; Terminvergabe is checked elsewhere.
    const adminKontext = await browser.newContext({ viewport: breiten.desktop, locale: 'de-DE' });
    try {
      const seite = await adminKontext.newPage();
      seite.setDefaultTimeout(15_000);
      await anmelden('demo-admin', seite);
      const partner = await t.ctx.db('partner').first('id');
      const seiten = [
        '/mitarbeiter/uebersicht',
        '/mitarbeiter/postfach/poststelle',
        '/mitarbeiter/postfach/leistung',
        '/mitarbeiter/postfach/vermittlung',
        `/mitarbeiter/dokument/${nummer}`,
        '/mitarbeiter/zuordnen',
        '/mitarbeiter/ausgang',
        '/mitarbeiter/formulare',
        '/mitarbeiter/termine',
        '/mitarbeiter/kunden',
        '/mitarbeiter/partner',
        `/mitarbeiter/partner/${partner.id}/zuweisungen`,
        '/mitarbeiter/auskuenfte',
        '/mitarbeiter/abgemeldet',
      ];
      for (const breite of [breiten.desktop, breiten.telefon]) {
        await seite.setViewportSize(breite);
        for (const pfad of seiten) {
          assert.equal((await seite.goto(`${app.url}${pfad}`))?.status(), 200, pfad);
          await axePruefen(seite, `${pfad} (${breite.width} px)`);
          if (breite === breiten.telefon) await passtInBreite(seite, pfad);
        }
      }
    } finally {
      await adminKontext.close();
    }
  });
});
