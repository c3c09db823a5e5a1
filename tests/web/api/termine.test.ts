import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { waitUntil } from '../../../platform/wait.js';
import { terminAbsagen } from '../../../services/termine/termin-absagen.js';
import type { terminErinnerung } from '../../../workflows/termin-erinnerung.js';
import { erinnerungQuery } from '../../../workflows/termin-erinnerung-nachrichten.js';
import { apiStarten, type ApiUmgebung } from '../../support/api.js';
import { runWorkers } from '../../support/workers.js';

const STUNDE = 3_600_000;
const inStunden = (stunden: number) => new Date(Date.now() + stunden * STUNDE).toISOString();

describe('machine API, Termine: create or update by the Fachverfahren\u2019s id, read, cancel — the reminder workflow follows', () => {
  let api: ApiUmgebung;
  let token: string;
  let workers: { stop(): Promise<void> };
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `termine-${++schluessel}` });
  const termin = (beginn: string) => ({
    kundennummer: demoLogins.kunde.kundennummer,
    beginn,
    raum: 'B 2.14',
    mitteilung1: 'Beratung zur Weiterbildung',
  });
  const erinnerung = async (terminId: string) => {
    const row = await api.t.ctx.db('termine').where({ fachverfahren_id: terminId }).first('erinnerung_schluessel');
    return api.t.ctx.temporal.client.workflow.getHandle<typeof terminErinnerung>(`termin-${row.erinnerung_schluessel}`);
  };

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token(undefined, 'termine:schreiben');
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  it('refuses a token without termine:schreiben with 403 naming the scope, and creates nothing', async () => {
    const ohne = await api.token(undefined, 'kunden:lesen kunden:schreiben');
    const antwort = await api.aufrufen('PUT', '/termine/FV-0', {
      token: ohne,
      body: termin(inStunden(48)),
      kopf: key(),
    });
    assert.equal(antwort.status, 403);
    assert.match((antwort.body as { detail: string }).detail, /termine:schreiben/);
    assert.equal((await api.aufrufen('GET', '/termine/FV-0', { token: ohne })).status, 403);
    assert.equal(await api.t.ctx.db('termine').where({ fachverfahren_id: 'FV-0' }).first('id'), undefined);
  });

  it('creates an appointment (201, Location, ETag), reads it back with the same ETag and plans its reminder', async () => {
    const beginn = inStunden(72);
    const angelegt = await api.aufrufen('PUT', '/termine/FV-1', { token, body: termin(beginn), kopf: key() });
    assert.equal(angelegt.status, 201);
    assert.equal(angelegt.headers.get('location'), '/api/v1/termine/FV-1');
    assert.deepEqual(angelegt.body, {
      terminId: 'FV-1',
      ...termin(beginn),
      dauerMinuten: 30,
      telefon: null,
      mitteilung2: null,
      status: 'geplant',
    });
    const gelesen = await api.aufrufen('GET', '/termine/FV-1', { token });
    assert.deepEqual(gelesen.body, angelegt.body);
    assert.equal(gelesen.headers.get('etag'), angelegt.headers.get('etag'));
    const { stand } = await (await erinnerung('FV-1')).query(erinnerungQuery);
    assert.deepEqual(stand, { beginn, status: 'geplant' });
  });

  it('answers a repeated PUT with the same Idempotency-Key with the first answer, and a different body under it with 409', async () => {
    const body = termin(inStunden(96));
    const kopf = key();
    const erste = await api.aufrufen('PUT', '/termine/FV-2', { token, body, kopf });
    const zweite = await api.aufrufen('PUT', '/termine/FV-2', { token, body, kopf });
    assert.equal(erste.status, 201);
    assert.equal(zweite.status, 201);
    assert.equal(zweite.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(zweite.body, erste.body);
    const anders = await api.aufrufen('PUT', '/termine/FV-2', { token, body: { ...body, raum: 'C 1' }, kopf });
    assert.equal(anders.status, 409);
    assert.equal((await api.t.ctx.db('termine').where({ fachverfahren_id: 'FV-2' })).length, 1);
  });

  it('moves an appointment with a matching If-Match and the reminder follows the new time; a stale If-Match gets 412', async () => {
    const vorher = await api.aufrufen('GET', '/termine/FV-1', { token });
    const alt = vorher.headers.get('etag')!;
    // 24 hours and a few seconds ahead: the reminder for the new time is due at once, the old one was two days away.
    const neu = new Date(Date.now() + 24 * STUNDE + 4_000).toISOString();
    const verschoben = await api.aufrufen('PUT', '/termine/FV-1', {
      token,
      body: { ...termin(neu), raum: 'A 0.01' },
      kopf: { ...key(), 'if-match': alt },
    });
    assert.equal(verschoben.status, 200);
    assert.equal((verschoben.body as { beginn: string }).beginn, neu);
    assert.notEqual(verschoben.headers.get('etag'), alt);
    const veraltet = await api.aufrufen('PUT', '/termine/FV-1', {
      token,
      body: { ...termin(inStunden(100)), raum: 'Z 9' },
      kopf: { ...key(), 'if-match': alt },
    });
    assert.equal(veraltet.status, 412);
    assert.equal(
      (await api.aufrufen('GET', '/termine/FV-1', { token })).headers.get('etag'),
      verschoben.headers.get('etag'),
    );
    const handle = await erinnerung('FV-1');
    await waitUntil(
      'reminder for the new time',
      async () => (await handle.query(erinnerungQuery)).erinnertFuer.includes(neu),
      {
        timeoutMs: 30_000,
      },
    );
    assert.deepEqual((await handle.query(erinnerungQuery)).erinnertFuer, [neu]);
    assert.ok(api.t.mails.received.some((m) => m.to.includes('paula.portal@example.org')));
  });

  it('cancels an appointment: the reminder workflow ends, a second cancel changes nothing, a later PUT is refused with 409', async () => {
    await api.aufrufen('PUT', '/termine/FV-3', { token, body: termin(inStunden(120)), kopf: key() });
    const abgesagt = await api.aufrufen('POST', '/termine/FV-3/absagen', { token, kopf: key() });
    assert.equal(abgesagt.status, 200);
    assert.equal((abgesagt.body as { status: string }).status, 'abgesagt');
    assert.deepEqual(await (await erinnerung('FV-3')).result(), { erinnertFuer: [], ende: 'abgesagt' });
    const nochmal = await api.aufrufen('POST', '/termine/FV-3/absagen', { token, kopf: key() });
    assert.equal(nochmal.status, 200);
    assert.equal(nochmal.headers.get('etag'), abgesagt.headers.get('etag'));
    const spaeter = await api.aufrufen('PUT', '/termine/FV-3', { token, body: termin(inStunden(130)), kopf: key() });
    assert.equal(spaeter.status, 409);
    assert.equal((await api.aufrufen('POST', '/termine/FV-404/absagen', { token, kopf: key() })).status, 404);
  });

  it('shows an appointment the staff page cancels through the same use case as abgesagt', async () => {
    await api.aufrufen('PUT', '/termine/FV-4', { token, body: termin(inStunden(140)), kopf: key() });
    const { id } = await api.t.ctx.db('termine').where({ fachverfahren_id: 'FV-4' }).first('id');
    await terminAbsagen(api.t.ctx, { id });
    assert.equal(
      ((await api.aufrufen('GET', '/termine/FV-4', { token })).body as { status: string }).status,
      'abgesagt',
    );
  });

  it('lists field errors (past start, unknown client, unknown field) in a 400 problem and creates nothing', async () => {
    const falsch = await api.aufrufen('PUT', '/termine/FV-5', {
      token,
      body: { ...termin(inStunden(48)), farbe: 'rot', beginn: 'morgen' },
      kopf: key(),
    });
    assert.equal(falsch.status, 400);
    assert.deepEqual((falsch.body as { errors: Array<{ feld: string }> }).errors.map((e) => e.feld).sort(), [
      'beginn',
      'farbe',
    ]);
    const fachlich = await api.aufrufen('PUT', '/termine/FV-5', {
      token,
      body: { ...termin(inStunden(-1)), kundennummer: '999Z999999' },
      kopf: key(),
    });
    assert.equal(fachlich.status, 400);
    assert.deepEqual((fachlich.body as { errors: unknown[] }).errors, [
      { feld: 'kundennummer', code: 'unbekannt' },
      { feld: 'beginn', code: 'ungueltig' },
    ]);
    assert.equal(await api.t.ctx.db('termine').where({ fachverfahren_id: 'FV-5' }).first('id'), undefined);
    assert.equal((await api.aufrufen('GET', '/termine/FV-5', { token })).status, 404);
  });
});
