import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startApp, type RunningApp } from '../../support/http.js';

describe('login page', () => {
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

  it('greets with "Willkommen im Portal!" and asks for Kundennummer and password with labels', async () => {
    const response = await fetch(`${app.url}/anmelden`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /^<!DOCTYPE html><html lang="de" dir="ltr">/);
    assert.match(html, /<h1 class="kern-heading-large">Willkommen im Portal!<\/h1>/);
    assert.match(html, /<label class="kern-label" for="kundennummer">Kundennummer<\/label>/);
    assert.match(html, /<label class="kern-label" for="passwort">Passwort<\/label>/);
    assert.match(
      html,
      /<button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">Einloggen<\/span><\/button>/,
    );
    assert.match(html, /Passwort vergessen/);
  });

  it('sends a strict Content-Security-Policy and hardening headers', async () => {
    const response = await fetch(`${app.url}/anmelden`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('serves htmx from its own origin', async () => {
    const response = await fetch(`${app.url}/assets/htmx.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.ok((await response.text()).length > 10_000);
  });

  it('answers an unknown page with a German 404 page', async () => {
    const response = await fetch(`${app.url}/gibt-es-nicht`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Diese Seite gibt es nicht\./);
  });

  it('answers an htmx request for an unknown page with a fragment, not a page', async () => {
    const response = await fetch(`${app.url}/gibt-es-nicht`, {
      headers: { accept: 'text/html', 'HX-Request': 'true' },
    });
    assert.equal(response.status, 404);
    const html = await response.text();
    assert.doesNotMatch(html, /<html/);
    assert.match(html, /role="alert"/);
  });
});
