// The Kundenportal in headless Chromium as a client uses it: sign-in, first password, upload, live status, Mitteilung, language, isolation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { createWorkers, type RunningWorkers } from '../../bin/create-workers.js';
import { sprachen } from '../../web/i18n/index.js';
import { axePruefen, bildschirmfoto, breiten, browserStarten } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import { startApp, type RunningApp } from '../support/http.js';

const neuesPasswort = 'Mein-eigenes-Passwort-7';

describe('Kundenportal in a real browser', { timeout: 180_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  // Created up front, started only once the upload is listed, so the status change is seen live.
  let workers: RunningWorkers;
  let workersLaufen: Promise<void> | undefined;
  let eingangsnummer = '';

  const url = (pfad: string) => `${app.url}${pfad}`;
  const menue = (punkt: string) =>
    page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: punkt, exact: true });
  const aktiv = (ausdruck: string) =>
    page.waitForFunction(`(() => { const el = document.activeElement; return Boolean(el && (${ausdruck})); })()`);

  /** axe at desktop and phone width, then screenshots at both. */
  async function hauptseite(name: string): Promise<void> {
    await axePruefen(page, name);
    await page.setViewportSize(breiten.telefon);
    await axePruefen(page, `${name} (375 px)`);
    await bildschirmfoto(page, name);
  }

  /** Submits a form empty and checks the error summary: announced, focused, each entry linked to an invalid field. */
  async function leerAbschicken(knopf: string, name: string): Promise<void> {
    await page.getByRole('button', { name: knopf }).click();
    const zusammenfassung = page.locator('.fehler-zusammenfassung');
    await zusammenfassung.waitFor();
    assert.equal(await zusammenfassung.getAttribute('role'), 'alert');
    await aktiv('el.classList.contains("fehler-zusammenfassung")');
    const ziele = await zusammenfassung
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(ziele.length > 0, 'the summary lists at least one error');
    for (const ziel of ziele) {
      assert.match(ziel, /^#[\w-]+$/);
      const feld = page.locator(ziel);
      assert.equal(await feld.getAttribute('aria-invalid'), 'true', `${ziel} is marked invalid`);
      assert.match(
        (await feld.getAttribute('class')) ?? '',
        /\bkern-form-[\w-]+--error\b/,
        `${ziel} in KERN's error style`,
      );
      const beschreibung = (await feld.getAttribute('aria-describedby')) ?? '';
      assert.ok(beschreibung.split(' ').includes(`${ziel.slice(1)}-fehler`), `${ziel} is described by its error`);
    }
    // Every error shown at a field belongs to a field the summary links to, with the same text.
    const feldFehler = await page
      .locator('.kern-error')
      .evaluateAll((els) => els.map((el) => ({ id: el.id, text: el.textContent ?? '' })));
    assert.equal(feldFehler.length, ziele.length);
    for (const { id, text } of feldFehler) {
      const ziel = `#${id.replace(/-fehler$/, '')}`;
      assert.ok(ziele.includes(ziel), `${id} is linked from the summary`);
      assert.equal((await zusammenfassung.locator(`a[href="${ziel}"]`).textContent())?.trim(), text.trim());
    }
    await axePruefen(page, `${name} with error summary`);
    // Following the first link puts the cursor into that field.
    await zusammenfassung.locator('a').first().click();
    await aktiv(`el.id === ${JSON.stringify(ziele[0]!.slice(1))}`);
  }

  async function erstAnmeldung(kundennummer: string, passwort: string, sprache: string): Promise<void> {
    await page.goto(url('/anmelden'));
    await page.getByLabel('Kundennummer').fill(kundennummer);
    await page.getByLabel('Passwort', { exact: true }).fill(passwort);
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/kunde/passwort'));
    await page.getByLabel('Bisheriges Passwort').fill(passwort);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(neuesPasswort);
    await page.getByLabel('Neues Passwort wiederholen').fill(neuesPasswort);
    await page.getByLabel('Sprache der Seiten und E-Mails').selectOption(sprache);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.waitForURL(url('/kunde'));
  }

  async function spracheSpeichern(sprache: string): Promise<void> {
    await page.goto(url('/kunde/einstellungen'));
    await page.locator('#sprache').selectOption(sprache);
    await page.locator('form[action="/kunde/sprache"] button[type=submit]').click();
    await page.locator(`html[lang="${sprache}"] .kern-alert--success`).first().waitFor({ state: 'attached' });
  }

  async function neueSitzung(): Promise<void> {
    await kontext?.close();
    kontext = await browser.newContext({ viewport: breiten.desktop, locale: 'de-DE' });
    page = await kontext.newPage();
    // A failing step should fail fast instead of stalling the whole file.
    page.setDefaultTimeout(15_000);
  }

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    [app, browser, workers] = await Promise.all([
      startApp(t.ctx),
      browserStarten(),
      createWorkers(t.ctx, ['io', 'pdf']),
    ]);
    await neueSitzung();
  });

  after(async () => {
    await kontext?.close();
    await browser?.close();
    if (workers) {
      workersLaufen ??= workers.run();
      workers.shutdown();
      await workersLaufen;
    }
    await app?.close();
    await t?.close();
  });

  it('offers a skip link as the first Tab stop and an error summary on the login page sent empty', async () => {
    await page.goto(url('/anmelden'));
    await hauptseite('anmelden');
    await page.keyboard.press('Tab');
    await aktiv('el.classList.contains("sprunglink")');
    assert.notEqual(
      await page.evaluate('getComputedStyle(document.activeElement).outlineStyle'),
      'none',
      'focus is visible',
    );
    await page.keyboard.press('Enter');
    await aktiv('el.id === "inhalt"');
    await leerAbschicken('Einloggen', 'anmelden');
  });

  it('makes Paula set her own password at first sign-in, with the language offered alongside', async () => {
    await page.goto(url('/anmelden'));
    await page.getByLabel('Kundennummer').fill(demoLogins.kunde.kundennummer);
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoLogins.kunde.passwort);
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/kunde/passwort'));
    await hauptseite('passwort');
    await leerAbschicken('Passwort speichern', 'passwort');

    await page.getByLabel('Bisheriges Passwort').fill(demoLogins.kunde.passwort);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(neuesPasswort);
    await page.getByLabel('Neues Passwort wiederholen').fill(neuesPasswort);
    const sprache = page.getByLabel('Sprache der Seiten und E-Mails');
    assert.deepEqual(await sprache.locator('option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))), [
      ...sprachen,
    ]);
    await sprache.selectOption('de');
    await page.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
    await page.waitForURL(url('/kunde'));
    await page.getByRole('status').filter({ hasText: 'Ihr Passwort wurde geändert.' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Startseite');
    await hauptseite('startseite');
  });

  it('shows an error summary that takes focus and links every field error when the upload form is sent empty', async () => {
    await menue('Dokument senden').click();
    await page.waitForURL(url('/kunde/dokument-senden'));
    await hauptseite('dokument-senden');
    await leerAbschicken('Jetzt hochladen', 'dokument-senden');
    assert.match((await page.locator('.fehler-zusammenfassung').textContent()) ?? '', /welche Art von Dokument/);
    await bildschirmfoto(page, 'dokument-senden-fehler');
  });

  it('uploads three photos and a PDF as Lohnabrechnung, one file field after the other, and banners the Eingangsnummer', async () => {
    await page.goto(url('/kunde/dokument-senden'));
    await page.getByLabel('Name', { exact: true }).selectOption('Lohnabrechnung');
    await page.getByLabel('Info', { exact: true }).fill('Firma Muster, Oktober');
    const dateien = [
      { name: 'seite1.jpg', mimeType: 'image/jpeg', buffer: await foto() },
      { name: 'seite2.jpg', mimeType: 'image/jpeg', buffer: await foto() },
      { name: 'seite3.jpg', mimeType: 'image/jpeg', buffer: await foto(1600, 1200) },
      { name: 'anlage.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdfMitSeiten(2)) },
    ];
    for (const [i, datei] of dateien.entries()) {
      const feld = page.getByLabel(`Datei ${i + 1}`, { exact: true });
      await feld.setInputFiles(datei);
      // Choosing a file offers the next field.
      await page.getByLabel(`Datei ${i + 2}`, { exact: true }).waitFor({ state: 'attached' });
    }
    await page.locator('.vorschau img').nth(2).waitFor();
    assert.equal(await page.locator('.vorschau figcaption').count(), 4);
    await hauptseite('dokument-senden-ausgewaehlt');

    await page.getByRole('button', { name: 'Jetzt hochladen' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'erfolgreich hochgeladen' });
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    const treffer =
      /Das Dokument „Lohnabrechnung“ wurde erfolgreich hochgeladen\. Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
        text,
      );
    assert.ok(treffer, `banner with Eingangsnummer, got: ${text}`);
    eingangsnummer = treffer[1]!;
    await hauptseite('dokument-senden-erfolg');
  });

  it('lists the upload under gesendet and updates its status to weitergeleitet in place, without a reload', async () => {
    await menue('gesendet').click();
    await page.waitForURL(url('/kunde/gesendet'));
    const zeile = page.getByRole('row').filter({ hasText: eingangsnummer });
    await zeile.getByText('Status: eingegangen').waitFor({ state: 'attached' });
    assert.match((await zeile.textContent()) ?? '', /Firma Muster, Oktober/);
    await axePruefen(page, 'gesendet (eingegangen)');
    await page.evaluate('window.ohneNeuladen = true');

    workersLaufen = workers.run();
    await zeile.getByText('Status: weitergeleitet').waitFor({ state: 'attached', timeout: 60_000 });
    assert.equal(await page.evaluate('window.ohneNeuladen'), true, 'the page was not reloaded');
    // The merged PDF is offered once the page is opened again.
    await page.reload();
    assert.equal(
      await zeile.getByRole('link', { name: /Download/ }).getAttribute('href'),
      `/kunde/gesendet/${eingangsnummer}/pdf`,
    );
    await hauptseite('gesendet');
  });

  it('sends a Mitteilung, first empty with an error summary, then filled, and shows it under gesendet', async () => {
    await menue('Mitteilung senden').click();
    await page.waitForURL(url('/kunde/mitteilung-senden'));
    await hauptseite('mitteilung-senden');
    await leerAbschicken('Nachricht abschicken', 'mitteilung-senden');

    await page.getByLabel('Bereich').selectOption({ label: 'Leistung und Vermittlung' });
    await page.getByLabel('Betreff').fill('Neue Telefonnummer');
    await page.getByLabel('Notiz').fill('Meine neue Nummer ist 0170 1234567.');
    await page.getByRole('button', { name: 'Nachricht abschicken' }).click();
    await page.waitForURL(url('/kunde/gesendet'));
    await page.getByRole('status').filter({ hasText: 'Ihre Mitteilung „Neue Telefonnummer“ wurde gesendet' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Mitteilung: Neue Telefonnummer' }).waitFor();
    await axePruefen(page, 'gesendet with Mitteilung');
  });

  it('turns the portal right-to-left in Arabic and back to German in Einstellungen', async () => {
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await page.waitForURL(url('/kunde/einstellungen'));
    await hauptseite('einstellungen');

    await spracheSpeichern('ar');
    assert.equal(await page.evaluate('document.documentElement.dir'), 'rtl');
    await hauptseite('einstellungen-ar');
    await page.goto(url('/kunde/gesendet'));
    assert.equal(
      await page.evaluate(
        'document.documentElement.getAttribute("dir") + " " + document.documentElement.getAttribute("lang")',
      ),
      'rtl ar',
    );
    await hauptseite('gesendet-ar');

    await spracheSpeichern('de');
    assert.equal(
      await page.evaluate(
        'document.documentElement.getAttribute("dir") + " " + document.documentElement.getAttribute("lang")',
      ),
      'ltr de',
    );
    await page.getByRole('status').filter({ hasText: 'Die Sprache wurde geändert.' }).waitFor();
  });

  it('downloads a letter from Eingang, which then shows as opened, and records the retrieval', async () => {
    await menue('Eingang').click();
    await page.waitForURL(url('/kunde/eingang'));
    await hauptseite('eingang');
    const zeile = page.getByRole('row').filter({ hasText: 'Bewilligungsbescheid Bürgergeld' });
    assert.equal(await zeile.getByText('neu', { exact: true }).count(), 1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      zeile.getByRole('link', { name: /herunterladen/i }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^A[\w-]+\.pdf$/);
    const pfad = await download.path();
    assert.ok(pfad);
    const brief = await t.ctx
      .db('ausgangsdokumente')
      .where({ name: 'Bewilligungsbescheid Bürgergeld' })
      .first('abgerufen_am', 'versandstatus');
    assert.ok(brief.abgerufen_am instanceof Date);
    assert.equal(brief.versandstatus, 'abgerufen');
    await page.reload();
    await page
      .getByRole('row')
      .filter({ hasText: 'Bewilligungsbescheid Bürgergeld' })
      .getByText(/geöffnet am/)
      .waitFor();
  });

  it('reads Termine with a calendar file, Kontakt and Stammdaten', async () => {
    await menue('Termine').click();
    await page.waitForURL(url('/kunde/termine'));
    await page.getByRole('heading', { name: 'Kommende Termine' }).waitFor();
    assert.ok(await page.getByText('Bitte bringen Sie Ihren Lebenslauf mit.').isVisible());
    const [kalender] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /Kalenderdatei/ })
        .first()
        .click(),
    ]);
    assert.match(kalender.suggestedFilename(), /^termin-\d+\.ics$/);
    await hauptseite('termine');

    await menue('Kontakt').click();
    await page.waitForURL(url('/kunde/kontakt'));
    await page.getByText('Tobias Krüger').waitFor();
    assert.ok(await page.getByText('Katrin Berger').isVisible());
    await hauptseite('kontakt');

    await menue('Meine Stammdaten').click();
    await page.waitForURL(url('/kunde/stammdaten'));
    await page.getByText('10001BG0000001').waitFor();
    await hauptseite('stammdaten');
  });

  it('opens every footer page by keyboard-reachable links, each without axe violations', async () => {
    for (const [link, pfad] of [
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
      ['Leichte Sprache', '/leichte-sprache'],
    ] as const) {
      await page.goto(url('/kunde'));
      await page
        .getByRole('navigation', { name: 'Rechtliches' })
        .getByRole('link', { name: link, exact: true })
        .focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(url(pfad));
      await hauptseite(pfad.slice(1));
    }
    await page.goto(url('/barrierefreiheit'));
    await leerAbschicken('Rückmeldung senden', 'barrierefreiheit');
  });

  it('answers an unknown address with an accessible 404 page', async () => {
    const antwort = await page.goto(url('/kunde/gibt-es-nicht'));
    assert.equal(antwort?.status(), 404);
    await page.getByText('Diese Seite gibt es nicht.').waitFor();
    await hauptseite('fehler-404');
  });

  it('signs Paula out and says so on the login page', async () => {
    await page.goto(url('/kunde'));
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(url('/anmelden?abgemeldet'));
    await page.getByRole('status').filter({ hasText: 'Sie haben sich abgemeldet.' }).waitFor();
    await axePruefen(page, 'anmelden after sign-out');
    const zurueck = await page.goto(url('/kunde/gesendet'));
    assert.equal(new URL(zurueck!.url()).pathname, '/anmelden');
  });

  it("shows another client neither Paula's document under gesendet nor its PDF or status (404)", async () => {
    await neueSitzung();
    await erstAnmeldung(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort, 'de');
    await page.goto(url('/kunde/gesendet'));
    await page.getByRole('heading', { level: 1, name: 'Dokumente – gesendet' }).waitFor();
    assert.doesNotMatch((await page.locator('main').textContent()) ?? '', new RegExp(eingangsnummer));

    const pdf = await page.request.get(url(`/kunde/gesendet/${eingangsnummer}/pdf`));
    assert.equal(pdf.status(), 404);
    assert.doesNotMatch(pdf.headers()['content-type'] ?? '', /pdf/);
    const status = await page.goto(url(`/kunde/gesendet/${eingangsnummer}/status`));
    assert.equal(status?.status(), 404);
    await page.getByText('Diese Seite gibt es nicht.').waitFor();
    await axePruefen(page, "status of another client's document");
  });
});
