import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { Browser } from 'playwright-core';
import { codecEndpunkt, codecServerStarten } from '../../../platform/codec-endpunkt.js';
import { apiAudienz, codecAudienz, loadConfig, type Config } from '../../../platform/config.js';
import { startOidcAnbieter, type OidcAnbieter } from '../../../platform/dev/oidc-anbieter.js';
import { createLogger } from '../../../platform/logger.js';
import { metrikServerStarten } from '../../../platform/metriken/server.js';
import { AesGcmPayloadCodec } from '../../../platform/temporal-codec.js';
import { CODEC_SCOPE, codecOperatorPruefer } from '../../../web/api/codec-zugang.js';
import { zugangstokenHolen } from '../../support/api.js';
import { browserStarten } from '../../support/browser.js';
import { freePort } from '../../support/ports.js';

const log = createLogger('silent', 'test');
const uiOrigin = 'https://temporal.jobcenter.example';
const operator = { clientId: 'operator-test', clientSecret: 'operator-test-geheim', scopes: [CODEC_SCOPE] };
const ohneRolle = { clientId: 'auswertung-test', clientSecret: 'auswertung-test-geheim', scopes: ['eingang:lesen'] };
const inhalt = { kundennummer: '163Q017901', dokumentart: 'Kontoauszüge' };
/** The headers the Temporal UI's browser code sets on its codec calls with TEMPORAL_CODEC_PASS_ACCESS_TOKEN and OIDC. */
const uiKoepfe = ['authorization', 'authorization-extras', 'content-type', 'x-namespace'];

const alsJson = (p: Payload) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])),
  data: Buffer.from(p.data!).toString('base64'),
});

describe('the codec endpoint accepts operators by their OIDC access token', () => {
  let idp: OidcAnbieter;
  let fremd: OidcAnbieter;
  let config: Config;
  const server: Server[] = [];
  let verschluesselt: Payload;
  let browser: Browser | undefined;

  /** Serves the endpoint on a metrics server of its own, as bin/web.ts wires it; answers its URL. */
  async function endpunkt(c: Config): Promise<string> {
    const port = await freePort();
    server.push(
      await metrikServerStarten({
        host: '127.0.0.1',
        port,
        contentType: 'text/plain',
        sammeln: async () => '',
        log,
        weitere: codecEndpunkt(c, codecOperatorPruefer(c)),
      }),
    );
    return `http://127.0.0.1:${port}/codec/decode`;
  }

  /** The browser's CORS preflight before the UI's POST with its headers. */
  const vorabAnfrage = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': uiKoepfe.join(','),
      },
    });

  /** A POST as the UI sends it: JSON, X-Namespace, the access token and the ID token beside it. */
  const alsUi = (url: string, token: string, payloads: unknown[], origin = uiOrigin) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-namespace': 'jobcenter',
        origin,
        authorization: `Bearer ${token}`,
        'authorization-extras': 'id-token-der-anmeldung',
      },
      body: JSON.stringify({ payloads }),
    });

  const dekodieren = (url: string, token?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: uiOrigin,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ payloads: [alsJson(verschluesselt)] }),
    });

  before(async () => {
    const ohneAussteller = loadConfig({ TEMPORAL_UI_URL: uiOrigin });
    idp = await startOidcAnbieter({
      port: await freePort(),
      clientId: ohneAussteller.oidcClientId,
      clientSecret: ohneAussteller.oidcClientSecret,
      portalUrl: ohneAussteller.publicUrl,
      konten: [],
      api: { audience: codecAudienz(ohneAussteller), clients: [operator, ohneRolle] },
    });
    config = loadConfig({ TEMPORAL_UI_URL: uiOrigin, OIDC_ISSUER: idp.issuer });
    fremd = await startOidcAnbieter({
      port: await freePort(),
      clientId: config.oidcClientId,
      clientSecret: config.oidcClientSecret,
      portalUrl: config.publicUrl,
      konten: [],
      api: { audience: apiAudienz(config), clients: [operator] },
      // The same signing key: only issuer and audience tell its tokens apart.
      schluessel: idp.schluessel,
    });
    verschluesselt = (
      await new AesGcmPayloadCodec(config.temporalPayloadSchluessel).encode([defaultPayloadConverter.toPayload(inhalt)])
    )[0]!;
  });
  after(async () => {
    await browser?.close();
    for (const s of server) await new Promise<void>((resolve) => s.close(() => resolve()));
    await fremd.stop();
    await idp.stop();
  });

  it('decodes for an operator access token of OIDC_ISSUER, without any TEMPORAL_CODEC_TOKEN', async () => {
    assert.equal(config.temporalCodecToken, undefined);
    const url = await endpunkt(config);
    const antwort = await dekodieren(url, await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE));
    assert.equal(antwort.status, 200);
    assert.equal(antwort.headers.get('access-control-allow-origin'), uiOrigin);
    const { payloads } = (await antwort.json()) as {
      payloads: Array<{ metadata: Record<string, string>; data: string }>;
    };
    const [p] = payloads;
    assert.deepEqual(
      defaultPayloadConverter.fromPayload({
        metadata: Object.fromEntries(Object.entries(p!.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
        data: Buffer.from(p!.data, 'base64'),
      }),
      inhalt,
    );
  });

  it('refuses a valid token without the operator scope (403) and tokens of another issuer or audience (401)', async () => {
    const url = await endpunkt(config);
    const abgelehnt = [
      { token: await zugangstokenHolen(idp.issuer, ohneRolle, 'eingang:lesen'), status: 403 },
      { token: await zugangstokenHolen(fremd.issuer, operator, CODEC_SCOPE), status: 401 },
      { token: 'kein.jwt.token', status: 401 },
      { token: undefined, status: 401 },
    ];
    for (const { token, status } of abgelehnt) {
      const antwort = await dekodieren(url, token);
      assert.equal(antwort.status, status, `${token?.slice(0, 20)}: ${antwort.status}`);
      assert.ok(!(await antwort.text()).includes(inhalt.kundennummer));
    }
  });

  it('still takes the static TEMPORAL_CODEC_TOKEN beside operator tokens', async () => {
    const statisch = randomBytes(24).toString('base64url');
    const url = await endpunkt({ ...config, temporalCodecToken: statisch });
    assert.equal((await dekodieren(url, statisch)).status, 200);
    assert.equal((await dekodieren(url, await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE))).status, 200);
  });

  it('answers 503 while the issuer cannot be asked for its keys, and decodes nothing', async () => {
    const url = await endpunkt({ ...config, oidcIssuer: `http://127.0.0.1:${await freePort()}` });
    const antwort = await dekodieren(url, await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE));
    assert.equal(antwort.status, 503);
    assert.ok(!(await antwort.text()).includes(inhalt.kundennummer));
  });
  it("answers the browser's preflight from the Temporal UI's origin for decode and encode, with the UI's headers and no credentials", async () => {
    const basis = (await endpunkt(config)).replace(/\/decode$/, '');
    for (const richtung of ['decode', 'encode']) {
      const antwort = await vorabAnfrage(`${basis}/${richtung}`, uiOrigin);
      assert.equal(antwort.status, 204, richtung);
      assert.equal(antwort.headers.get('access-control-allow-origin'), uiOrigin);
      assert.match(antwort.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
      const erlaubt = (antwort.headers.get('access-control-allow-headers') ?? '')
        .split(',')
        .map((k) => k.trim().toLowerCase());
      for (const kopf of uiKoepfe) assert.ok(erlaubt.includes(kopf), `${richtung}: ${kopf} allowed (${erlaubt})`);
      assert.equal(antwort.headers.get('access-control-allow-credentials'), null, 'no cookies needed');
      assert.match(antwort.headers.get('vary') ?? '', /origin/i);
    }
  });

  it('refuses the preflight and the call from any other origin, without a CORS header', async () => {
    const url = await endpunkt(config);
    const token = await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE);
    for (const origin of ['https://boese.example', 'https://temporal.jobcenter.example:8443', 'null']) {
      const vorab = await vorabAnfrage(url, origin);
      assert.equal(vorab.status, 403, origin);
      assert.equal(vorab.headers.get('access-control-allow-origin'), null, origin);
      const antwort = await alsUi(url, token, [alsJson(verschluesselt)], origin);
      assert.equal(antwort.status, 403, origin);
      assert.equal(antwort.headers.get('access-control-allow-origin'), null, origin);
      assert.ok(!(await antwort.text()).includes(inhalt.kundennummer));
    }
  });

  it("decodes and encodes the UI's call from its origin for an operator, with CORS headers; 403 without the operator scope", async () => {
    const basis = (await endpunkt(config)).replace(/\/decode$/, '');
    const token = await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE);
    const klar = alsJson(defaultPayloadConverter.toPayload(inhalt));
    const kodiert = await alsUi(`${basis}/encode`, token, [klar]);
    assert.equal(kodiert.status, 200);
    assert.equal(kodiert.headers.get('access-control-allow-origin'), uiOrigin);
    const { payloads: verschluesselte } = (await kodiert.json()) as { payloads: unknown[] };
    assert.ok(!JSON.stringify(verschluesselte).includes(klar.data), 'encode encrypts');
    const dekodiert = await alsUi(`${basis}/decode`, token, verschluesselte);
    assert.equal(dekodiert.status, 200);
    assert.equal(dekodiert.headers.get('access-control-allow-origin'), uiOrigin);
    assert.deepEqual(((await dekodiert.json()) as { payloads: unknown[] }).payloads, [klar]);

    const ohneScope = await zugangstokenHolen(idp.issuer, ohneRolle, 'eingang:lesen');
    for (const richtung of ['decode', 'encode']) {
      const abgelehnt = await alsUi(`${basis}/${richtung}`, ohneScope, [alsJson(verschluesselt)]);
      assert.equal(abgelehnt.status, 403, richtung);
      assert.equal(abgelehnt.headers.get('access-control-allow-origin'), uiOrigin, 'the UI can show the refusal');
      assert.ok(!(await abgelehnt.text()).includes(inhalt.kundennummer));
    }
  });

  it("lets Chromium on the UI's origin call the endpoint on its own port (TEMPORAL_CODEC_PORT), and blocks another origin", async () => {
    // Two loopback origins that differ in port: the browser enforces CORS between them as between two hosts.
    const seiteServieren = async () => {
      const seite = createServer((_, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
      );
      server.push(seite);
      await new Promise<void>((resolve) => seite.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(seite.address() as { port: number }).port}`;
    };
    const [browserUi, andereSeite] = [await seiteServieren(), await seiteServieren()];
    const c = loadConfig({ TEMPORAL_UI_URL: browserUi, OIDC_ISSUER: idp.issuer });
    const codecPort = await freePort();
    server.push(await codecServerStarten('127.0.0.1', codecPort, codecEndpunkt(c, codecOperatorPruefer(c))!));
    const basis = `http://127.0.0.1:${codecPort}/codec`;
    assert.equal((await fetch(`http://127.0.0.1:${codecPort}/metrics`)).status, 404, 'nothing else on that port');

    browser = await browserStarten();
    const token = await zugangstokenHolen(idp.issuer, operator, CODEC_SCOPE);
    const aufrufen = async (origin: string) => {
      const page = await browser!.newPage();
      try {
        await page.goto(`${origin}/`);
        return await page.evaluate(
          async ({ url, token, body }) => {
            try {
              const r = await fetch(url, {
                method: 'POST',
                headers: {
                  'Content-Type': 'application/json',
                  'X-Namespace': 'jobcenter',
                  Authorization: `Bearer ${token}`,
                  'Authorization-Extras': 'id-token-der-anmeldung',
                },
                body,
              });
              return { status: r.status, text: await r.text() };
            } catch (error) {
              return { fehler: String(error) };
            }
          },
          { url: `${basis}/decode`, token, body: JSON.stringify({ payloads: [alsJson(verschluesselt)] }) },
        );
      } finally {
        await page.close();
      }
    };
    const ui = await aufrufen(browserUi);
    assert.ok('status' in ui && ui.status === 200, JSON.stringify(ui));
    const [p] = (JSON.parse(ui.text) as { payloads: Array<{ metadata: Record<string, string>; data: string }> })
      .payloads;
    assert.deepEqual(JSON.parse(Buffer.from(p!.data, 'base64').toString('utf8')), inhalt, 'decoded in the page');
    // The same page from another origin: the browser refuses at the preflight, the page learns nothing.
    const fremdeSeite = await aufrufen(andereSeite);
    assert.ok('fehler' in fremdeSeite, JSON.stringify(fremdeSeite));
  });
});
