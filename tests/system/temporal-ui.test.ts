import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { demoIdpKonten } from '../../db/demo/logins.js';
import { startOidcAnbieter, type OidcAnbieter } from '../../platform/dev/oidc-anbieter.js';
import { Besucher } from '../support/besucher.js';
import { suiteEnvironment } from '../support/environment.js';
import { freePort } from '../support/ports.js';
import { temporalUiStarten, type TemporalUi } from '../support/temporal-ui.js';

const env = {
  TEMPORAL_UI_OIDC_CLIENT_ID: 'temporal-ui',
  TEMPORAL_UI_OIDC_CLIENT_SECRET: 'ui-geheimnis-nur-fuer-den-test',
  TEMPORAL_UI_ZUGANG_CLIENT_ID: 'temporal-ui-zugang',
  TEMPORAL_UI_ZUGANG_CLIENT_SECRET: 'tor-geheimnis-nur-fuer-den-test',
  TEMPORAL_UI_ZUGANG_COOKIE_SECRET: 'abcdefghijklmnopqrstuvwxyz012345',
  TEMPORAL_CODEC_URL: 'https://codec.jobcenter.example/codec',
};

describe('the Temporal UI as compose publishes it, behind its gate', () => {
  const suite = suiteEnvironment();
  let idp: OidcAnbieter;
  let ui: TemporalUi;
  let connection: Connection;
  let client: Client;
  const workflowId = `ui-zugang-${Date.now()}`;
  const liste = () =>
    `/api/v1/namespaces/jobcenter/workflows?query=${encodeURIComponent(`WorkflowId = "${workflowId}"`)}`;

  before(async () => {
    const torPort = await freePort();
    const url = `http://127.0.0.1:${torPort}`;
    idp = await startOidcAnbieter({
      port: await freePort(),
      clientId: 'jobcenter-portal',
      clientSecret: 'portal-geheimnis-nur-fuer-den-test',
      portalUrl: 'http://127.0.0.1:9',
      konten: demoIdpKonten,
      anmeldeClients: [
        {
          clientId: env.TEMPORAL_UI_OIDC_CLIENT_ID,
          clientSecret: env.TEMPORAL_UI_OIDC_CLIENT_SECRET,
          redirectUri: `${url}/auth/sso/callback`,
          pkce: false,
        },
        {
          clientId: env.TEMPORAL_UI_ZUGANG_CLIENT_ID,
          clientSecret: env.TEMPORAL_UI_ZUGANG_CLIENT_SECRET,
          redirectUri: `${url}/oauth2/callback`,
          pkce: true,
        },
      ],
    });
    ui = await temporalUiStarten({ temporalAddress: suite.temporalAddress, torPort, oidcIssuer: idp.issuer, env });
    connection = await Connection.connect({ address: suite.temporalAddress });
    client = new Client({ connection, namespace: 'jobcenter' });
    // A run nobody works on: the UI lists it until the test ends it.
    await client.workflow.start('dokumentEingang', { taskQueue: 'ui-zugang-niemand', workflowId, args: [] });
  });

  after(async () => {
    await client?.workflow
      .getHandle(workflowId)
      .terminate('Test zu Ende')
      .catch(() => undefined);
    await connection?.close();
    await ui?.stop();
    await idp?.stop();
  });

  const uiSah = (uri: string) => ui.uiAnfragen().some((a) => a.uri === uri);

  it("lets through any request that carries some bearer token on the UI's own port: why compose does not publish it", async () => {
    const antwort = await fetch(`${ui.intern}${liste()}`, { headers: { authorization: 'Bearer beliebig' } });
    assert.equal(antwort.status, 200);
    assert.ok((await antwort.text()).includes(workflowId));
  });

  it('answers a request without a session with 401, whatever bearer token it carries, and never passes it to the UI', async () => {
    const pfad = `${liste()}&ohne=sitzung`;
    const antwort = await fetch(`${ui.url}${pfad}`, {
      headers: { authorization: 'Bearer beliebig', accept: 'application/json' },
      redirect: 'manual',
    });
    assert.equal(antwort.status, 401);
    assert.ok(!(await antwort.text()).includes(workflowId));
    assert.ok(!uiSah(pfad), 'the UI saw the request');
  });

  it('refuses staff of another team after they signed in', async () => {
    const leistung = new Besucher('demo-leistung');
    const start = await leistung.holen(`${ui.url}/`);
    assert.equal(start.status, 403, start.text.slice(0, 300));
    const pfad = `${liste()}&team=leistung`;
    const api = await leistung.holen(`${ui.url}${pfad}`, { authorization: 'Bearer beliebig' });
    assert.equal(api.status, 403);
    assert.ok(!api.text.includes(workflowId));
    assert.ok(!uiSah(pfad), 'the UI saw the request');
  });

  it('lets an operator (team admin) through, who signs in to the UI and lists the workflows with its token', async () => {
    const admin = new Besucher('demo-admin');
    const start = await admin.holen(`${ui.url}/`);
    assert.equal(start.status, 200, start.text.slice(0, 300));
    assert.match(start.text, /<html/i);
    // The UI's own sign-in (the browser's JavaScript starts it): its callback passes the gate with the gate's session.
    const angemeldet = await admin.holen(`${ui.url}/auth/sso`);
    assert.equal(angemeldet.status, 200, angemeldet.text.slice(0, 300));
    const nutzer = admin.cookie(ui.url, 'user0');
    assert.ok(nutzer, 'the UI handed over the signed-in user');
    const { AccessToken: token } = JSON.parse(Buffer.from(decodeURIComponent(nutzer), 'base64').toString()) as {
      AccessToken: string;
    };
    const api = await admin.holen(`${ui.url}${liste()}`, { authorization: `Bearer ${token}` });
    assert.equal(api.status, 200, api.text.slice(0, 300));
    assert.ok(api.text.includes(workflowId));
    assert.ok(uiSah(liste()), "the UI's request log is read (the other cases count on it)");
  });
});
