import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import type { AppContext } from '../../../platform/context.js';
import { zuweisungenLaden } from '../../../services/partner/zuweisungen-laden.js';
import { apiStarten, fachverfahren, scandienst, type ApiUmgebung } from '../../support/api.js';

describe('machine API, partner assignments: assign a client to a partner organisation and end it — what the staff pages show', () => {
  let api: ApiUmgebung;
  let token: string;
  let partnerId: number;
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `zuordnung-${++schluessel}` });
  const nora = '600A000001';
  const pfad = (nummer = nora, id = partnerId) => `/partner/${id}/kunden/${nummer}`;
  const zugeordnet = async (app: AppContext) =>
    (await zuweisungenLaden(app, partnerId)).zeilen.map((z) => z.kundennummer);

  before(async () => {
    api = await apiStarten();
    token = await api.token();
    ({ id: partnerId } = await api.t.ctx.db('partner').first('id'));
    const angelegt = await api.aufrufen('PUT', `/kunden/${nora}`, {
      token,
      body: { bgNummer: '60001BG0000001', vorname: 'Nora', nachname: 'Neu', onlineZustellungSeit: null },
      kopf: key(),
    });
    assert.equal(angelegt.status, 201);
  });
  after(() => api.stoppen());

  it('assigns a client (201, Location), which the staff page of the organisation then lists; assigning again changes nothing (200, same date)', async () => {
    assert.ok(!(await zugeordnet(api.t.ctx)).includes(nora));
    const neu = await api.aufrufen('PUT', pfad(nora.toLowerCase()), { token, kopf: key() });
    assert.equal(neu.status, 201);
    assert.equal(neu.headers.get('location'), `/api/v1${pfad()}`);
    const { seit } = neu.body as { seit: string };
    assert.deepEqual(neu.body, { partnerId, kundennummer: nora, seit });
    assert.ok((await zugeordnet(api.t.ctx)).includes(nora));

    const nochmal = await api.aufrufen('PUT', pfad(), { token, kopf: key() });
    assert.equal(nochmal.status, 200);
    assert.deepEqual(nochmal.body, neu.body);
    const gelesen = await api.aufrufen('GET', pfad(), { token: await api.token(fachverfahren, 'kunden:lesen') });
    assert.deepEqual(gelesen.body, neu.body);
  });

  it('ends an assignment (204): gone from the staff page, reading it answers 404, ending it again 404', async () => {
    const ende = await api.aufrufen('POST', `${pfad()}/beenden`, { token, kopf: key() });
    assert.equal(ende.status, 204);
    assert.ok(!(await zugeordnet(api.t.ctx)).includes(nora));
    assert.equal((await api.aufrufen('GET', pfad(), { token })).status, 404);
    assert.equal((await api.aufrufen('POST', `${pfad()}/beenden`, { token, kopf: key() })).status, 404);
    // The demo client's assignment by the demo referral is untouched.
    assert.ok((await zugeordnet(api.t.ctx)).includes(demoLogins.kunde.kundennummer));
  });

  it('refuses an unknown or deactivated organisation and an unknown or deactivated client with 404, assigning nothing', async () => {
    assert.equal((await api.aufrufen('PUT', pfad(nora, 999_999), { token, kopf: key() })).status, 404);
    assert.equal((await api.aufrufen('PUT', pfad('600A000099'), { token, kopf: key() })).status, 404);
    await api.aufrufen('POST', `/kunden/${nora}/deaktivieren`, { token, kopf: key() });
    assert.equal((await api.aufrufen('PUT', pfad(), { token, kopf: key() })).status, 404);
    const [{ id: ruhend }] = await api.t.ctx
      .db('partner')
      .insert({ name: 'Ruhend e. V.', email: 'post@ruhend.example', aktiv: false })
      .returning('id');
    const ruhendAntwort = await api.aufrufen('PUT', pfad(demoLogins.kunde.kundennummer, ruhend), {
      token,
      kopf: key(),
    });
    assert.equal(ruhendAntwort.status, 404);
    assert.equal((await api.t.ctx.db('partner_kunden').where({ partner_id: ruhend })).length, 0);
  });

  it('needs kunden:schreiben to assign or end and kunden:lesen to read', async () => {
    const scan = await api.token(scandienst, 'scan:einliefern');
    assert.equal((await api.aufrufen('PUT', pfad(), { token: scan, kopf: key() })).status, 403);
    assert.equal((await api.aufrufen('POST', `${pfad()}/beenden`, { token: scan, kopf: key() })).status, 403);
    assert.equal((await api.aufrufen('GET', pfad(), { token: scan })).status, 403);
    const nurLesen = await api.token(fachverfahren, 'kunden:lesen');
    assert.equal((await api.aufrufen('PUT', pfad(), { token: nurLesen, kopf: key() })).status, 403);
  });
});
