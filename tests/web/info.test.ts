import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../support/context.js';
import { startApp, type RunningApp } from '../support/http.js';
import { HttpKunde } from '../support/http-kunde.js';

describe('footer pages for every visitor', () => {
  let t: TestContext;
  let app: RunningApp;
  before(async () => {
    t = await createTestContext();
    app = await startApp(t.ctx);
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  for (const [pfad, titel] of [
    ['/impressum', 'Impressum'],
    ['/datenschutz', 'Datenschutz'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/leichte-sprache', 'Leichte Sprache'],
  ] as const) {
    it(`serves ${pfad} without signing in`, async () => {
      const { status, html } = await new HttpKunde(app.url).holen(pfad);
      assert.equal(status, 200);
      assert.match(html, new RegExp(`<h1 class="kern-heading-large">${titel}</h1>`));
    });
  }

  it('stores accessibility feedback and thanks the sender', async () => {
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/barrierefreiheit');
    const antwort = await besucher.senden('/barrierefreiheit', {
      nachricht: 'Der Kontrast im Menü ist zu schwach.',
      kontakt: 'leserin@example.org',
    });
    assert.equal(antwort.location, '/barrierefreiheit?danke#rueckmeldung');
    assert.match((await besucher.holen('/barrierefreiheit?danke')).html, /Vielen Dank für Ihre Rückmeldung/);
    const row = await t.ctx.db('barriere_rueckmeldungen').first();
    assert.equal(row.nachricht, 'Der Kontrast im Menü ist zu schwach.');
    assert.equal(row.kontakt, 'leserin@example.org');
  });

  it('refuses empty feedback and a malformed address with an error summary, storing nothing', async () => {
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/barrierefreiheit');
    const vorher = await t.ctx.db('barriere_rueckmeldungen').count({ n: '*' }).first();
    const antwort = await besucher.senden('/barrierefreiheit', { nachricht: ' ', kontakt: 'keine-adresse' });
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /role="alert"/);
    assert.match(antwort.html, /href="#nachricht"/);
    assert.match(antwort.html, /href="#kontakt"/);
    assert.deepEqual(await t.ctx.db('barriere_rueckmeldungen').count({ n: '*' }).first(), vorher);
  });

  it('lets a visitor who is not signed in switch the login page to Turkish and Arabic (right to left)', async () => {
    const besucher = new HttpKunde(app.url);
    const deutsch = await besucher.holen('/anmelden');
    assert.match(deutsch.html, /<form method="post" action="\/sprache"/);
    const antwort = await besucher.senden('/sprache', { sprache: 'tr', zurueck: '/anmelden' });
    assert.equal(antwort.location, '/anmelden');
    assert.match((await besucher.holen('/anmelden')).html, /<html lang="tr" dir="ltr">/);
    await besucher.senden('/sprache', { sprache: 'ar', zurueck: '/impressum' });
    assert.match((await besucher.holen('/impressum')).html, /<html lang="ar" dir="rtl">/);
    const fremd = await besucher.senden('/sprache', { sprache: 'de', zurueck: 'https://example.org/' });
    assert.equal(fremd.location, '/anmelden', 'never redirects off the site');
  });

  it('refuses feedback without the CSRF token', async () => {
    const response = await fetch(`${app.url}/barrierefreiheit`, {
      method: 'POST',
      body: new URLSearchParams({ nachricht: 'x' }),
      headers: { accept: 'text/html' },
    });
    assert.equal(response.status, 403);
  });
});
