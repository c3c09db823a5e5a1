import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiStarten, scandienst, type ApiUmgebung } from '../../support/api.js';

const kunde = (nachname: string) => ({
  bgNummer: '40001BG0000001',
  vorname: 'Ida',
  nachname,
  onlineZustellungSeit: null,
});

describe('machine API: Idempotency-Key on every POST and PUT', () => {
  let api: ApiUmgebung;
  let token: string;

  before(async () => {
    api = await apiStarten();
    token = await api.token();
  });
  after(() => api.stoppen());

  it('answers the same key with the same request with the first answer again, marked as replayed', async () => {
    const erste = await api.aufrufen('PUT', '/kunden/400A000001', {
      token,
      body: kunde('Idem'),
      kopf: { 'idempotency-key': 'einmal-1' },
    });
    assert.equal(erste.status, 201);
    // Meanwhile the client changes; the retry still gets the answer of its own first attempt.
    await api.aufrufen('PUT', '/kunden/400A000001', {
      token,
      body: kunde('Später'),
      kopf: { 'idempotency-key': 'einmal-2' },
    });
    const wieder = await api.aufrufen('PUT', '/kunden/400A000001', {
      token,
      body: { nachname: 'Idem', onlineZustellungSeit: null, vorname: 'Ida', bgNummer: '40001BG0000001' },
      kopf: { 'idempotency-key': 'einmal-1' },
    });
    assert.equal(wieder.status, 201);
    assert.deepEqual(wieder.body, erste.body);
    assert.equal(wieder.headers.get('etag'), erste.headers.get('etag'));
    assert.equal(wieder.headers.get('location'), erste.headers.get('location'));
    assert.equal(wieder.headers.get('idempotent-replayed'), 'true');
    assert.equal(erste.headers.get('idempotent-replayed'), null);
  });

  it('refuses the same key with a different body with 409', async () => {
    const anders = await api.aufrufen('PUT', '/kunden/400A000001', {
      token,
      body: kunde('Anders'),
      kopf: { 'idempotency-key': 'einmal-1' },
    });
    assert.equal(anders.status, 409);
    assert.deepEqual((anders.body as { errors: unknown[] }).errors, [
      { feld: 'Idempotency-Key', code: 'anderer_inhalt' },
    ]);
    assert.equal(
      (await api.t.ctx.db('kunden').where({ kundennummer: '400A000001' }).first('nachname')).nachname,
      'Später',
    );
  });

  it('keeps keys per client: another client\u2019s same key is a request of its own', async () => {
    const fremd = await api.aufrufen('PUT', '/kunden/400A000001', {
      token: await api.token(scandienst, 'scan:einliefern'),
      body: kunde('Idem'),
      kopf: { 'idempotency-key': 'einmal-1' },
    });
    assert.equal(fremd.status, 403);
  });

  it('refuses a POST or PUT without Idempotency-Key with 400', async () => {
    const ohne = await api.aufrufen('PUT', '/kunden/400A000002', { token, body: kunde('Ohne') });
    assert.equal(ohne.status, 400);
    assert.deepEqual((ohne.body as { errors: unknown[] }).errors, [{ feld: 'Idempotency-Key', code: 'fehlt' }]);
  });

  it('runs 10 concurrent retries with one key once: all get the first answer, one of them not replayed', async () => {
    const antworten = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.aufrufen('PUT', '/kunden/400A000003', {
          token,
          body: kunde('Zehnmal'),
          kopf: { 'idempotency-key': 'zehn-gleichzeitig' },
        }),
      ),
    );
    assert.deepEqual(
      antworten.map((a) => a.status),
      Array(10).fill(201),
    );
    for (const antwort of antworten) assert.deepEqual(antwort.body, antworten[0]!.body);
    assert.equal(antworten.filter((a) => a.headers.get('idempotent-replayed') !== 'true').length, 1);
    assert.equal(
      (await api.t.ctx.db('kunden').where({ kundennummer: '400A000003' }).count({ n: '*' }).first())!.n,
      '1',
    );
  });

  it('lets a retry run again after the first attempt failed, and replays POST answers too', async () => {
    const falsch = await api.aufrufen('PUT', '/kunden/400A000004', {
      token,
      body: kunde(''),
      kopf: { 'idempotency-key': 'nach-fehler' },
    });
    assert.equal(falsch.status, 400);
    const richtig = await api.aufrufen('PUT', '/kunden/400A000004', {
      token,
      body: kunde(''),
      kopf: { 'idempotency-key': 'nach-fehler' },
    });
    assert.equal(richtig.status, 400);
    assert.equal(await api.t.ctx.db('api_idempotenz').where({ schluessel: 'nach-fehler' }).first(), undefined);

    const aus = await api.aufrufen('POST', '/kunden/400A000003/deaktivieren', {
      token,
      kopf: { 'idempotency-key': 'aus-1' },
    });
    await api.t.ctx.db('kunden').where({ kundennummer: '400A000003' }).update({ aktiv: true });
    const wieder = await api.aufrufen('POST', '/kunden/400A000003/deaktivieren', {
      token,
      kopf: { 'idempotency-key': 'aus-1' },
    });
    assert.deepEqual(wieder.body, aus.body);
    assert.equal(wieder.headers.get('idempotent-replayed'), 'true');
    assert.equal((await api.t.ctx.db('kunden').where({ kundennummer: '400A000003' }).first('aktiv')).aktiv, true);
  });
});
