import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiStarten, type ApiUmgebung } from '../../support/api.js';
import { axePruefen, browserStarten } from '../../support/browser.js';

describe('machine API: a readable German reference page generated from the OpenAPI document, from our own origin under the strict CSP', () => {
  let api: ApiUmgebung;
  let browser: Browser;
  let html: string;
  let response: Response;

  before(async () => {
    api = await apiStarten();
    browser = await browserStarten();
    response = await fetch(`${api.app.url}/api/v1/referenz`);
    html = await response.text();
  });
  after(async () => {
    await browser.close();
    await api.stoppen();
  });

  it('is served without a token as German HTML under the app\u2019s strict Content-Security-Policy', () => {
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(html, /^<!DOCTYPE html><html lang="de">/);
    assert.match(html, /<h1 class="kern-heading-large">API-Referenz: Jobcenter-Portal: Maschinen-API<\/h1>/);
  });

  it('shows every operation, parameter, scope and schema of the OpenAPI document, with working in-page links', () => {
    const dokument = api.pruefer.dokument as unknown as {
      paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string }> }>>;
      components: {
        schemas: Record<string, unknown>;
        securitySchemes: { oauth2: { flows: { clientCredentials: { scopes: Record<string, string> } } } };
      };
    };
    const operationen = Object.entries(dokument.paths).flatMap(([pfad, m]) =>
      Object.entries(m).map(([methode, op]) => ({ pfad, methode, op })),
    );
    assert.ok(operationen.length >= 9, `${operationen.length} operations`);
    for (const { pfad, methode, op } of operationen) {
      assert.ok(html.includes(`id="${op.operationId}"`), op.operationId);
      assert.ok(html.includes(`${methode.toUpperCase()} ${pfad}`), `${methode} ${pfad}`);
      for (const p of op.parameters) assert.ok(html.includes(`<code>${p.name}</code>`), `${op.operationId}: ${p.name}`);
    }
    for (const scope of Object.keys(dokument.components.securitySchemes.oauth2.flows.clientCredentials.scopes))
      assert.ok(html.includes(`<code>${scope}</code>`), scope);
    for (const name of Object.keys(dokument.components.schemas)) assert.ok(html.includes(`id="schema-${name}"`), name);
    for (const [, ziel] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(html.includes(`id="${ziel}"`), `#${ziel}`);
  });

  it('loads nothing from elsewhere and has no inline script, style or handler', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url!, /^[/#]/, url);
  });

  it('renders in Chromium without a CSP violation, with its stylesheet applied, and passes axe-core (WCAG 2.1 AA)', async () => {
    const page = await browser.newPage();
    const meldungen: string[] = [];
    // A CSP violation shows as a console error ("Refused to …"); a failed load by its response (the browser's own favicon request aside).
    page.on('console', (m) => {
      if (!m.text().startsWith('Failed to load resource')) meldungen.push(m.text());
    });
    page.on('pageerror', (e) => meldungen.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') meldungen.push(`${r.status()} ${r.url()}`);
    });
    const antwort = await page.goto(`${api.app.url}/api/v1/referenz`);
    assert.equal(antwort?.status(), 200);
    assert.equal(await page.evaluate('document.styleSheets.length'), 1);
    assert.notEqual(await page.evaluate('getComputedStyle(document.querySelector(".sprunglink")).position'), 'static');
    await axePruefen(page, 'API-Referenz');
    assert.deepEqual(meldungen, []);
    await page.close();
  });
});
