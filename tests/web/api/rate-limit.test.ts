import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { apiStarten, fachverfahren, scandienst, type ApiUmgebung } from '../../support/api.js';
import { startApp, type RunningApp } from '../../support/http.js';

describe('machine API: a rate limit per client, shared by every web process, answered with 429 and Retry-After', () => {
  let api: ApiUmgebung;
  let zweiterProzess: RunningApp;
  let token: string;
  const lesen = (t = token) => api.aufrufen('GET', '/kunden/100D000001', { token: t });

  before(async () => {
    api = await apiStarten();
    // A second web server on the same database, with its own memory, as a second web process would be.
    zweiterProzess = await startApp(api.t.ctx);
    token = await api.token(fachverfahren, 'kunden:lesen');
  });
  after(async () => {
    await zweiterProzess.close();
    await api.stoppen();
  });
  beforeEach(async () => {
    await api.t.ctx.db('api_ratenlimit').delete();
  });

  it('lets a burst through, then answers 429 as a problem with Retry-After; after that many seconds a call passes again', async () => {
    api.t.ctx.config.apiRatenlimit = { proSekunde: 0.5, vorrat: 3 };
    for (let i = 0; i < 3; i++) assert.equal((await lesen()).status, 200);
    const zuViele = await lesen();
    assert.equal(zuViele.status, 429);
    assert.equal(zuViele.headers.get('content-type'), 'application/problem+json');
    assert.equal((zuViele.body as { type: string }).type, 'urn:jobcenter:problem:zu_viele_versuche');
    const warten = Number(zuViele.headers.get('retry-after'));
    assert.ok(warten >= 1 && warten <= 2, `Retry-After ${warten}: the next token is at most 2 s away`);
    const audit = await api.t.ctx
      .db('audit_log')
      .where({ api_client: fachverfahren.clientId, aktion: 'api_aufruf' })
      .whereRaw("(details->>'status')::int = 429");
    assert.equal(audit.length, 1, 'the refused call is audited too');

    await new Promise((resolve) => setTimeout(resolve, warten * 1000 + 50));
    assert.equal((await lesen()).status, 200);
    assert.equal((await lesen()).status, 429, 'the wait refilled one token, not more');
  });

  it('keeps one bucket per client: another client is not slowed by the first', async () => {
    api.t.ctx.config.apiRatenlimit = { proSekunde: 0.01, vorrat: 2 };
    await lesen();
    await lesen();
    assert.equal((await lesen()).status, 429);
    const anderer = await api.aufrufen('GET', '/kunden/100D000001', {
      token: await api.token(scandienst, 'scan:einliefern'),
    });
    assert.equal(anderer.status, 403, 'passes the limit and meets its missing scope');
  });

  it('counts calls to every web process against the same bucket', async () => {
    api.t.ctx.config.apiRatenlimit = { proSekunde: 0.01, vorrat: 3 };
    const imZweiten = async () => {
      const pfad = '/kunden/100D000001';
      const response = await fetch(`${zweiterProzess.url}/api/v1${pfad}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const antwort = { status: response.status, headers: response.headers, body: await response.json() };
      api.pruefer.pruefen('GET', pfad, antwort);
      return antwort;
    };
    assert.equal((await lesen()).status, 200);
    assert.equal((await imZweiten()).status, 200);
    assert.equal((await lesen()).status, 200);
    const vierter = await imZweiten();
    assert.equal(vierter.status, 429);
    assert.ok(Number(vierter.headers.get('retry-after')) >= 60, 'at 0.01 per second a token takes 100 s');
  });

  it('lets exactly as many concurrent calls through as the bucket holds', async () => {
    api.t.ctx.config.apiRatenlimit = { proSekunde: 0.01, vorrat: 5 };
    const antworten = await Promise.all(Array.from({ length: 12 }, () => lesen()));
    assert.deepEqual(antworten.map((a) => a.status).sort(), [...Array(5).fill(200), ...Array(7).fill(429)]);
  });

  it('documents 429 with Retry-After for every operation and names the limit in the OpenAPI document', async () => {
    const dokument = api.pruefer.dokument as unknown as {
      info: { description: string };
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    for (const [pfad, methoden] of Object.entries(dokument.paths))
      for (const [methode, op] of Object.entries(methoden))
        assert.ok(op.responses['429']?.headers?.['Retry-After'], `${methode} ${pfad}`);
    assert.match(dokument.info.description, /Ratenbegrenzung je Client/);
  });
});
