// The installable app in headless Chromium: service worker and offline page, camera photos that accumulate, photos shrunk before upload.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { seitenbild } from '../../domain/grenzen.js';
import { axePruefen, breiten, browserStarten } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { dokumentFoto, foto } from '../support/dateien.js';
import { startApp, type RunningApp } from '../support/http.js';

describe('installable app in a real browser', { timeout: 180_000 }, () => {
  let t: TestContext;
  let app: RunningApp;
  let browser: Browser;
  let kontext: BrowserContext;
  let page: Page;
  const url = (pfad: string) => `${app.url}${pfad}`;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    [app, browser] = await Promise.all([startApp(t.ctx), browserStarten()]);
    kontext = await browser.newContext({ viewport: breiten.desktop, locale: 'de-DE' });
    page = await kontext.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url('/anmelden'));
    await page.getByLabel('Kundennummer').fill(demoLogins.kunde.kundennummer);
    await page.getByLabel('Passwort', { exact: true }).fill(demoLogins.kunde.passwort);
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/kunde/passwort'));
    await page.getByLabel('Bisheriges Passwort').fill(demoLogins.kunde.passwort);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Mein-App-Passwort-7');
    await page.getByLabel('Neues Passwort wiederholen').fill('Mein-App-Passwort-7');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.waitForURL(url('/kunde'));
  });

  after(async () => {
    await kontext?.close();
    await browser?.close();
    await app?.close();
    await t?.close();
  });

  it('registers the service worker from a client page; it controls the pages', async () => {
    await page.goto(url('/kunde'));
    await page.waitForFunction('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.waitForFunction('Boolean(navigator.serviceWorker.controller)');
    assert.equal(await page.evaluate('navigator.serviceWorker.controller.scriptURL'), url('/sw.js'));
  });

  it('lets a phone take several photos one after another: each is added, none replaces another', async () => {
    await page.setViewportSize(breiten.telefon);
    await page.goto(url('/kunde/dokument-senden'));
    const kamera = page.locator('#foto1');
    assert.equal(await kamera.getAttribute('capture'), 'environment');
    assert.equal(await kamera.getAttribute('accept'), 'image/*');
    await kamera.setInputFiles({ name: 'foto-1.jpg', mimeType: 'image/jpeg', buffer: await foto() });
    await page.locator('#foto2').setInputFiles({ name: 'foto-2.jpg', mimeType: 'image/jpeg', buffer: await foto() });
    await page.locator('#foto3').waitFor();
    assert.deepEqual(
      await page.$$eval('.kamera-feld input[type=file]', (felder) =>
        felder.map((f) => Array.from((f as HTMLInputElement).files ?? []).map((d) => d.name)),
      ),
      [['foto-1.jpg'], ['foto-2.jpg'], []],
    );
    assert.equal(await page.getByLabel('Foto aufnehmen 2').count(), 1);
    await axePruefen(page, 'dokument senden with photos (375 px)');
    await page.setViewportSize(breiten.desktop);
    await axePruefen(page, 'dokument senden with photos');
  });

  it('shrinks a 12-megapixel photo to A4 at 200 dpi, upright, before it is sent with a progress bar', async () => {
    await page.goto(url('/kunde/dokument-senden'));
    const original = await dokumentFoto(1);
    await page.locator('#datei1').setInputFiles({ name: 'brief.jpg', mimeType: 'image/jpeg', buffer: original });
    await page.locator('#dokumentart').selectOption('Lohnabrechnung');
    // Records the files the script sends and the progress bar as it moves (the receipt replaces the content afterwards).
    await page.evaluate(`(() => {
      const senden = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (daten) {
        window.__gesendet = [];
        daten.forEach((wert) => { if (wert instanceof File && wert.name) window.__gesendet.push(wert); });
        return senden.call(this, daten);
      };
      const balken = document.querySelector('.hochladen-fortschritt progress');
      window.__fortschritt = [];
      new MutationObserver(() => window.__fortschritt.push([balken.value, balken.max, !balken.closest('[hidden]')]))
        .observe(balken, { attributes: true });
    })()`);
    const anfrage = page.waitForRequest((r) => r.method() === 'POST' && r.url() === url('/kunde/dokument-senden'));
    await page.getByRole('button', { name: 'Jetzt hochladen' }).click();
    const gesendet = await anfrage;
    await page.locator('.kern-alert--success', { hasText: 'erfolgreich hochgeladen' }).waitFor();
    assert.equal(gesendet.resourceType(), 'xhr', 'sent by our script');
    const dateien = (await page.evaluate(`Promise.all(window.__gesendet.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
      return { name: f.name, base64: btoa(text) };
    }))`)) as Array<{ name: string; base64: string }>;
    assert.equal(dateien.length, 1);
    const datei = { name: dateien[0]!.name, bytes: Buffer.from(dateien[0]!.base64, 'base64') };
    assert.equal(datei.name, 'brief.jpg');
    const bild = await sharp(datei.bytes).metadata();
    assert.equal(bild.format, 'jpeg');
    assert.ok(bild.width! <= seitenbild.breite && bild.height! <= seitenbild.hoehe, `${bild.width}×${bild.height}`);
    assert.ok(bild.height! > bild.width!, 'portrait, as the EXIF said (stored sideways)');
    assert.equal(bild.width, seitenbild.breite, 'fills the A4 width');
    assert.ok((bild.orientation ?? 1) === 1, 'no orientation left to apply');
    assert.ok(datei.bytes.length * 3 < original.length, `${datei.bytes.length} bytes sent of ${original.length}`);
    const fortschritt = (await page.evaluate('window.__fortschritt')) as Array<[number, number, boolean]>;
    const letzter = fortschritt.at(-1);
    assert.ok(letzter && letzter[1] > 0 && letzter[0] === letzter[1] && letzter[2], JSON.stringify(fortschritt));
    const row = await t.ctx.db('eingangsdokumente').orderBy('eingegangen_am', 'desc').first();
    assert.equal(row.dokumentart, 'Lohnabrechnung');
    await axePruefen(page, 'dokument senden receipt after the script upload');
  });

  it('shows the offline page for any navigation without network, and keeps no /kunde page or document in the cache', async () => {
    await page.goto(url('/kunde/gesendet'));
    await kontext.setOffline(true);
    try {
      await page.goto(url('/kunde/gesendet'));
      await page.getByRole('heading', { name: 'Keine Verbindung', level: 1 }).waitFor();
      assert.match(await page.locator('[lang="ar"]').innerText(), /لا يوجد اتصال/);
      await axePruefen(page, 'offline page');
    } finally {
      await kontext.setOffline(false);
    }
    const gecacht = (await page.evaluate(`(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const r of await cache.keys()) urls.push(r.url);
      }
      return urls;
    })()`)) as string[];
    assert.ok(gecacht.includes(url('/assets/app/offline.html')), gecacht.join(', '));
    for (const eintrag of gecacht) {
      const pfad = new URL(eintrag).pathname;
      assert.match(pfad, /^\/assets\//, `${eintrag} is a static file`);
      assert.doesNotMatch(pfad, /^\/kunde/);
    }
  });
});
