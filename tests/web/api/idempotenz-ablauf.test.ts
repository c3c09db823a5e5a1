import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiStarten, type ApiUmgebung } from '../../support/api.js';

const kunde = (nachname: string) => ({
  bgNummer: '70001BG0000001',
  vorname: 'Ina',
  nachname,
  onlineZustellungSeit: null,
});

describe('machine API: an Idempotency-Key expires 24 hours after its first use', () => {
  let api: ApiUmgebung;
  let token: string;
  const altern = (schluessel: string, stunden: number) =>
    api.t.ctx
      .db('api_idempotenz')
      .where({ schluessel })
      .update({ erstellt_am: api.t.ctx.db.raw(`now() - interval '${stunden} hours'`) });

  before(async () => {
    api = await apiStarten();
    token = await api.token();
  });
  after(() => api.stoppen());

  it('still answers a key of 23 hours with its first answer, and refuses it for another request', async () => {
    const erste = await api.aufrufen('PUT', '/kunden/700A000001', {
      token,
      body: kunde('Erst'),
      kopf: { 'idempotency-key': 'jung' },
    });
    assert.equal(erste.status, 201);
    await altern('jung', 23);
    const wieder = await api.aufrufen('PUT', '/kunden/700A000001', {
      token,
      body: kunde('Erst'),
      kopf: { 'idempotency-key': 'jung' },
    });
    assert.equal(wieder.headers.get('idempotent-replayed'), 'true');
    const anders = await api.aufrufen('PUT', '/kunden/700A000001', {
      token,
      body: kunde('Anders'),
      kopf: { 'idempotency-key': 'jung' },
    });
    assert.equal(anders.status, 409);
  });

  it('treats a key older than 24 hours as new: the request runs, its answer is stored afresh', async () => {
    await api.aufrufen('PUT', '/kunden/700A000002', { token, body: kunde('Alt'), kopf: { 'idempotency-key': 'alt' } });
    await altern('alt', 25);
    const neu = await api.aufrufen('PUT', '/kunden/700A000002', {
      token,
      body: kunde('Neu'),
      kopf: { 'idempotency-key': 'alt' },
    });
    assert.equal(neu.status, 200);
    assert.equal(neu.headers.get('idempotent-replayed'), null);
    assert.equal((neu.body as { nachname: string }).nachname, 'Neu');
    const gespeichert = await api.t.ctx
      .db('api_idempotenz')
      .where({ schluessel: 'alt' })
      .first(api.t.ctx.db.raw("erstellt_am > now() - interval '1 minute' as frisch"), 'antwort_status');
    assert.deepEqual(gespeichert, { frisch: true, antwort_status: 200 });
  });
});
