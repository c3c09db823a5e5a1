import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { codecEndpunkt } from '../../../platform/codec-endpunkt.js';
import { apiAudienz, codecAudienz, loadConfig, type Config } from '../../../platform/config.js';
import { startOidcAnbieter, type OidcAnbieter } from '../../../platform/dev/oidc-anbieter.js';
import { createLogger } from '../../../platform/logger.js';
import { metrikServerStarten } from '../../../platform/metriken/server.js';
import { AesGcmPayloadCodec } from '../../../platform/temporal-codec.js';
import { CODEC_SCOPE, codecOperatorPruefer } from '../../../web/api/codec-zugang.js';
import { zugangstokenHolen } from '../../support/api.js';
import { freePort } from '../../support/ports.js';

const log = createLogger('silent', 'test');
const uiOrigin = 'https://temporal.jobcenter.example';
const operator = { clientId: 'operator-test', clientSecret: 'operator-test-geheim', scopes: [CODEC_SCOPE] };
const ohneRolle = { clientId: 'auswertung-test', clientSecret: 'auswertung-test-geheim', scopes: ['eingang:lesen'] };
const inhalt = { kundennummer: '163Q017901', dokumentart: 'Kontoauszüge' };

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
});
