// The installable app over HTTP: manifest and icons, and the share target's holding area (no CSRF token, confirmed on Dokument senden).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { demoLogins } from '../../../db/demo/logins.js';
import { foto, pdfMitSeiten } from '../../support/dateien.js';
import { demoApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';

describe('installable app: manifest, icons and the share target', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  let kunde: HttpKunde;

  before(async () => {
    ({ t, app, stop } = await demoApp());
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
  });
  after(() => stop());

  /** Posts files as the phone's share sheet does: multipart, no CSRF token, a navigation the browser started. */
  async function teilen(
    dateien: Array<{ name: string; bytes: Uint8Array }>,
    { cookie = kunde.cookie, herkunft = 'none' }: { cookie?: string; herkunft?: string } = {},
  ) {
    const form = new FormData();
    for (const d of dateien) form.append('dateien', new Blob([Buffer.from(d.bytes)]), d.name);
    const response = await fetch(`${app.url}/kunde/teilen`, {
      method: 'POST',
      body: form,
      headers: { cookie, accept: 'text/html', 'sec-fetch-site': herkunft },
      redirect: 'manual',
    });
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  }

  const gehalten = async (): Promise<Array<{ key: string; name: string }>> => {
    const zeilen = await t.ctx.db('sitzungen').whereRaw("daten->>'kundeId' is not null").select('daten');
    return zeilen.flatMap((z) => z.daten.geteilt?.dateien ?? []);
  };
  const blobDa = (key: string) =>
    t.ctx.blobs.get(key).then(
      () => true,
      () => false,
    );

  it('serves a manifest in the user language, starting at /kunde, with PNG icons of 192, 512 and a maskable one', async () => {
    const response = await fetch(`${app.url}/app/manifest.webmanifest?sprache=tr`);
    assert.match(response.headers.get('content-type') ?? '', /application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, 'Jobcenter portalı');
    assert.equal(manifest.lang, 'tr');
    assert.equal(manifest.start_url, '/kunde');
    assert.equal(manifest.display, 'standalone');
    assert.deepEqual(
      manifest.share_target.params.files.map((f: { name: string }) => f.name),
      ['dateien'],
    );
    assert.equal(manifest.share_target.action, '/kunde/teilen');
    assert.equal(manifest.share_target.enctype, 'multipart/form-data');
    const groessen = [];
    for (const icon of manifest.icons) {
      const bild = await fetch(`${app.url}${icon.src}`);
      assert.equal(bild.headers.get('content-type'), 'image/png');
      const { width, height, format } = await sharp(Buffer.from(await bild.arrayBuffer())).metadata();
      assert.equal(format, 'png');
      assert.equal(`${width}x${height}`, icon.sizes);
      groessen.push(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual(groessen, ['192x192 any', '512x512 any', '512x512 maskable']);
    assert.equal((await (await fetch(`${app.url}/app/manifest.webmanifest?sprache=ar`)).json()).dir, 'rtl');
  });

  it('links the manifest from client pages and the sign-in, not from the partner portal; the worker is served under the CSP', async () => {
    assert.match(
      (await kunde.holen('/kunde')).html,
      /<link rel="manifest" href="\/app\/manifest.webmanifest\?sprache=de"/,
    );
    assert.match(await fetch(`${app.url}/anmelden`).then((r) => r.text()), /rel="manifest"/);
    assert.doesNotMatch(await fetch(`${app.url}/partner/anmelden`).then((r) => r.text()), /rel="manifest"/);
    const sw = await fetch(`${app.url}/sw.js`);
    assert.match(sw.headers.get('content-type') ?? '', /javascript/);
    assert.match(sw.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await sw.text(), /addEventListener\('fetch'/);
  });

  it('asks a visitor who is not signed in to sign in first, and keeps nothing', async () => {
    const antwort = await teilen([{ name: 'foto.jpg', bytes: await foto() }], { cookie: '' });
    assert.equal(antwort.status, 401);
    assert.match(antwort.html, /Bitte melden Sie sich zuerst an/);
    assert.match(antwort.html, /Es wurde nichts gesendet/);
    assert.match(antwort.html, /href="\/anmelden"/);
  });

  it('refuses a share posted by another site, even with the session cookie', async () => {
    for (const herkunft of ['cross-site', 'same-site', '']) {
      const antwort = await teilen([{ name: 'fremd.jpg', bytes: await foto() }], { herkunft });
      assert.equal(antwort.status, 403, herkunft);
    }
    assert.deepEqual(await gehalten(), []);
    assert.doesNotMatch((await kunde.holen('/kunde/dokument-senden')).html, /fremd\.jpg/);
  });

  it('holds shared photos without a CSRF token, lists them on Dokument senden, and sends them only with the confirmed form', async () => {
    const antwort = await teilen([
      { name: 'seite-1.jpg', bytes: await foto() },
      { name: 'seite-2.pdf', bytes: await pdfMitSeiten(1) },
    ]);
    assert.equal(antwort.status, 303);
    assert.equal(antwort.location, '/kunde/dokument-senden');
    const halten = await gehalten();
    assert.deepEqual(
      halten.map((d) => d.name),
      ['seite-1.jpg', 'seite-2.pdf'],
    );
    assert.equal(
      await t.ctx
        .db('eingangsdokumente')
        .count({ n: '*' })
        .first()
        .then((r) => Number(r?.n)),
      0,
    );
    const seite = await kunde.holen('/kunde/dokument-senden');
    assert.match(seite.html, /Geteilte Dateien/);
    assert.match(seite.html, /seite-1\.jpg/);
    assert.match(seite.html, /seite-2\.pdf/);
    // The confirmation: the client's own form with the CSRF token, here without further files.
    const gesendet = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Lohnabrechnung', info: '' });
    assert.equal(gesendet.status, 302);
    const nummer = /Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
      (await kunde.holen('/kunde/dokument-senden')).html,
    )?.[1];
    assert.ok(nummer, 'receipt with Eingangsnummer');
    const start = await t.ctx.db('eingangs_starts').where({ eingangsnummer: nummer }).first();
    assert.equal(start.input.inhalt.dateien.length, 2, 'both shared files are in the submission');
    assert.deepEqual(await gehalten(), []);
    for (const d of halten) assert.equal(await blobDa(d.key), false, 'the held copy is deleted once sent');
    assert.doesNotMatch((await kunde.holen('/kunde/dokument-senden')).html, /Geteilte Dateien/);
  });

  it('keeps the shared files when the form has an error, and discards them on request', async () => {
    await teilen([{ name: 'quittung.jpg', bytes: await foto() }]);
    await kunde.holen('/kunde/dokument-senden');
    const fehler = await kunde.senden('/kunde/dokument-senden', { dokumentart: '', info: '' });
    assert.equal(fehler.status, 400);
    assert.match(fehler.html, /quittung\.jpg/);
    const [datei] = await gehalten();
    assert.ok(datei && (await blobDa(datei.key)));
    const verworfen = await kunde.senden('/kunde/dokument-senden/geteilt-verwerfen', {});
    assert.equal(verworfen.status, 302);
    assert.match((await kunde.holen('/kunde/dokument-senden')).html, /Die geteilten Dateien wurden verworfen/);
    assert.deepEqual(await gehalten(), []);
    assert.equal(await blobDa(datei.key), false);
  });

  it('forgets shared files after the holding time', async () => {
    await teilen([{ name: 'alt.jpg', bytes: await foto() }]);
    const [datei] = await gehalten();
    await t.ctx.db.raw(
      `update sitzungen set daten = jsonb_set(daten, '{geteilt,bis}', '"2000-01-01T00:00:00.000Z"') where daten->'geteilt' is not null`,
    );
    assert.doesNotMatch((await kunde.holen('/kunde/dokument-senden')).html, /alt\.jpg/);
    assert.deepEqual(await gehalten(), []);
    assert.equal(await blobDa(datei!.key), false);
  });
});
