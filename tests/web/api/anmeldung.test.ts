import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { demoLogins } from '../../../db/demo/logins.js';
import { apiAudienz } from '../../../platform/config.js';
import { apiStarten, fachverfahren, scandienst, type Antwort, type ApiUmgebung } from '../../support/api.js';

const kunde = `/kunden/${demoLogins.kunde.kundennummer}`;

function problem(antwort: Antwort, status: number, typ: string): { detail?: string } {
  assert.equal(antwort.status, status);
  assert.equal(antwort.headers.get('content-type'), 'application/problem+json');
  const body = antwort.body as { type: string; status: number; title: string; detail?: string };
  assert.equal(body.type, `urn:jobcenter:problem:${typ}`);
  assert.equal(body.status, status);
  assert.ok(body.title);
  return body;
}

describe('machine API: only JWT access tokens of the configured issuer for this API, with the capability\u2019s scope, are let in', () => {
  let api: ApiUmgebung;

  before(async () => {
    api = await apiStarten();
  });
  after(() => api.stoppen());

  it('lets a Fachverfahren token with kunden:lesen read a client, sets no cookie, and writes the call with the client id to the audit log', async () => {
    const antwort = await api.aufrufen('GET', kunde, { token: await api.token() });
    assert.equal(antwort.status, 200);
    assert.equal((antwort.body as { kundennummer: string }).kundennummer, demoLogins.kunde.kundennummer);
    assert.equal(antwort.headers.get('set-cookie'), null);
    const eintrag = await api.t.ctx
      .db('audit_log')
      .where({ api_client: fachverfahren.clientId })
      .orderBy('id', 'desc')
      .first();
    assert.equal(eintrag.aktion, 'api_aufruf');
    assert.equal(eintrag.mitarbeiter_id, null);
    assert.deepEqual(eintrag.details, { methode: 'GET', pfad: `/api/v1${kunde}`, status: 200 });
  });

  it('refuses a call without a token with 401 problem details and a Bearer challenge', async () => {
    const antwort = await api.aufrufen('GET', kunde);
    problem(antwort, 401, 'nicht_angemeldet');
    assert.match(antwort.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
    assert.equal(antwort.headers.get('set-cookie'), null);
  });

  it('refuses a token whose payload was altered and one signed with a key the issuer does not publish', async () => {
    const [kopf, inhalt, signatur] = (await api.token(scandienst, 'scan:einliefern')).split('.');
    const geaendert = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(inhalt!, 'base64url').toString()), scope: 'kunden:lesen' }),
    ).toString('base64url');
    const veraendert = await api.aufrufen('GET', kunde, { token: `${kopf}.${geaendert}.${signatur}` });
    assert.match(problem(veraendert, 401, 'nicht_angemeldet').detail ?? '', /Signatur/);
    assert.match(veraendert.headers.get('www-authenticate') ?? '', /error="invalid_token"/);

    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const gefaelscht = await new SignJWT({ client_id: fachverfahren.clientId, scope: 'kunden:lesen' })
      .setProtectedHeader({
        alg: 'RS256',
        typ: 'at+jwt',
        kid: JSON.parse(Buffer.from(kopf!, 'base64url').toString()).kid,
      })
      .setIssuer(api.idp.issuer)
      .setAudience(apiAudienz(api.t.ctx.config))
      .setSubject(fachverfahren.clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    assert.match(
      problem(await api.aufrufen('GET', kunde, { token: gefaelscht }), 401, 'nicht_angemeldet').detail ?? '',
      /Signatur/,
    );
  });

  it('refuses a token of another issuer even when it is signed with the same key', async () => {
    const anderer = await api.weitererAnbieter({ schluessel: api.idp.schluessel });
    const token = await api.token(fachverfahren, 'kunden:lesen', anderer.issuer);
    assert.match(
      problem(await api.aufrufen('GET', kunde, { token }), 401, 'nicht_angemeldet').detail ?? '',
      /Aussteller/,
    );
  });

  it('refuses a token for another audience', async () => {
    const token = await api.token(fachverfahren, 'kunden:lesen');
    api.t.ctx.config.apiAudience = 'https://anderes-portal.example/api';
    try {
      assert.match(
        problem(await api.aufrufen('GET', kunde, { token }), 401, 'nicht_angemeldet').detail ?? '',
        /nicht für diese API/,
      );
    } finally {
      api.t.ctx.config.apiAudience = undefined;
    }
    assert.equal((await api.aufrufen('GET', kunde, { token })).status, 200);
  });

  it('refuses an expired token once the allowed clock skew has passed', async () => {
    const kurz = await api.weitererAnbieter({ accessTokenTtlSekunden: 1 });
    const vorher = { issuer: api.t.ctx.config.oidcIssuer, toleranz: api.t.ctx.config.apiClockToleranceSekunden };
    api.t.ctx.config.oidcIssuer = kurz.issuer;
    api.t.ctx.config.apiClockToleranceSekunden = 1;
    try {
      const token = await api.token(fachverfahren, 'kunden:lesen');
      assert.equal((await api.aufrufen('GET', kunde, { token })).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      assert.match(
        problem(await api.aufrufen('GET', kunde, { token }), 401, 'nicht_angemeldet').detail ?? '',
        /abgelaufen/,
      );
    } finally {
      api.t.ctx.config.oidcIssuer = vorher.issuer;
      api.t.ctx.config.apiClockToleranceSekunden = vorher.toleranz;
    }
  });

  it('refuses with 403 and insufficient_scope when the token lacks the capability\u2019s scope, and audits the refusal', async () => {
    const scan = await api.token(scandienst, 'scan:einliefern');
    const antwort = await api.aufrufen('GET', kunde, { token: scan });
    problem(antwort, 403, 'nicht_berechtigt');
    assert.match(antwort.headers.get('www-authenticate') ?? '', /error="insufficient_scope", scope="kunden:lesen"/);
    const eintrag = await api.t.ctx
      .db('audit_log')
      .where({ api_client: scandienst.clientId })
      .orderBy('id', 'desc')
      .first();
    assert.equal(eintrag.details.status, 403);

    const nurLesen = await api.token(fachverfahren, 'kunden:lesen');
    const schreiben = await api.aufrufen('POST', `${kunde}/deaktivieren`, {
      token: nurLesen,
      kopf: { 'idempotency-key': 'ohne-scope-1' },
    });
    problem(schreiben, 403, 'nicht_berechtigt');
    assert.equal(
      (await api.t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('aktiv')).aktiv,
      true,
    );
  });

  it('does not issue a scope the client was not granted', async () => {
    const token = await api.token(scandienst, 'scan:einliefern kunden:lesen');
    problem(await api.aufrufen('GET', kunde, { token }), 403, 'nicht_berechtigt');
  });

  it('answers unknown API paths with 404 problem details, not a page', async () => {
    problem(await api.aufrufen('GET', '/gibt-es-nicht', { token: await api.token() }), 404, 'nicht_gefunden');
  });

  it('serves an OpenAPI 3.1 document whose security scheme is OAuth 2.0 client credentials at the issuer with every scope', () => {
    const { components } = api.pruefer.dokument as unknown as {
      components: {
        securitySchemes: {
          oauth2: { flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } } };
        };
      };
    };
    const flow = components.securitySchemes.oauth2.flows.clientCredentials;
    assert.equal(flow.tokenUrl, `${api.idp.issuer}/token`);
    assert.deepEqual(Object.keys(flow.scopes).sort(), [...fachverfahren.scopes, 'scan:einliefern'].sort());
  });
});
