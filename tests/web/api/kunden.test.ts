import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { kundeAnlegen } from '../../../services/konten/kunde-anlegen.js';
import { apiStarten, type ApiUmgebung } from '../../support/api.js';
import { HttpKunde } from '../../support/http-kunde.js';

const nora = {
  bgNummer: '30001BG0000001',
  vorname: 'Nora',
  nachname: 'Neu',
  strasse: 'Testweg 1',
  plz: '12345',
  ort: 'Musterstadt',
  email: 'nora.neu@example.org',
  sprache: 'tr',
  onlineZustellungSeit: '2026-11-02T09:30:00.000Z',
  ansprechpartner: 'demo-vermittlung',
  leistungssachbearbeiter: 'demo-leistung',
};

describe('machine API, Kunden: create or update by Kundennummer, read with ETag, deactivate — the staff page\u2019s use case', () => {
  let api: ApiUmgebung;
  let token: string;
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `kunden-${++schluessel}` });

  before(async () => {
    api = await apiStarten();
    token = await api.token();
  });
  after(() => api.stoppen());

  it('creates a client (201, Location, ETag) with responsible staff by OIDC subject and consent date, and reads it back with the same ETag', async () => {
    const angelegt = await api.aufrufen('PUT', '/kunden/300a000001', { token, body: nora, kopf: key() });
    assert.equal(angelegt.status, 201);
    assert.equal(angelegt.headers.get('location'), '/api/v1/kunden/300A000001');
    assert.deepEqual(angelegt.body, { kundennummer: '300A000001', ...nora, aktiv: true });
    const gelesen = await api.aufrufen('GET', '/kunden/300A000001', { token });
    assert.deepEqual(gelesen.body, angelegt.body);
    assert.equal(gelesen.headers.get('etag'), angelegt.headers.get('etag'));
    const row = await api.t.ctx.db('kunden').where({ kundennummer: '300A000001' }).first();
    const tobias = await api.t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-vermittlung' }).first('id');
    assert.equal(row.ansprechpartner_id, tobias.id);
    assert.equal(row.online_zustellung_seit.toISOString(), nora.onlineZustellungSeit);
    assert.equal(row.passwort_aendern, true);
  });

  it('updates with a matching If-Match (200, new ETag) and refuses a stale one with 412, changing nothing', async () => {
    const vorher = await api.aufrufen('GET', '/kunden/300A000001', { token });
    const alt = vorher.headers.get('etag')!;
    const geaendert = await api.aufrufen('PUT', '/kunden/300A000001', {
      token,
      body: { ...nora, nachname: 'Neumann', onlineZustellungSeit: null, ansprechpartner: null },
      kopf: { ...key(), 'if-match': alt },
    });
    assert.equal(geaendert.status, 200);
    assert.equal((geaendert.body as { nachname: string }).nachname, 'Neumann');
    assert.equal((geaendert.body as { onlineZustellungSeit: null }).onlineZustellungSeit, null);
    assert.equal((geaendert.body as { ansprechpartner: null }).ansprechpartner, null);
    assert.notEqual(geaendert.headers.get('etag'), alt);

    const veraltet = await api.aufrufen('PUT', '/kunden/300A000001', {
      token,
      body: { ...nora, nachname: 'Zu Spät' },
      kopf: { ...key(), 'if-match': alt },
    });
    assert.equal(veraltet.status, 412);
    assert.equal((veraltet.body as { type: string }).type, 'urn:jobcenter:problem:vorbedingung_fehlgeschlagen');
    assert.equal(
      (await api.t.ctx.db('kunden').where({ kundennummer: '300A000001' }).first('nachname')).nachname,
      'Neumann',
    );
    const neu = await api.aufrufen('PUT', '/kunden/300A000099', {
      token,
      body: nora,
      kopf: { ...key(), 'if-match': '*' },
    });
    assert.equal(neu.status, 412);
  });

  it('lists every field error as { feld, code } in a 400 problem, and creates nothing', async () => {
    const falsch = await api.aufrufen('PUT', '/kunden/300A000002', {
      token,
      body: {
        ...nora,
        nachname: '',
        email: 'kein-at',
        ansprechpartner: 'demo-leistung',
        leistungssachbearbeiter: 'niemand',
        farbe: 'blau',
      },
      kopf: key(),
    });
    assert.equal(falsch.status, 400);
    const { errors } = falsch.body as { errors: Array<{ feld: string; code: string }> };
    assert.deepEqual(
      errors.sort((a, b) => a.feld.localeCompare(b.feld)),
      [
        { feld: 'farbe', code: 'unbekannt' },
        { feld: 'nachname', code: 'fehlt' },
      ],
    );
    const fachlich = await api.aufrufen('PUT', '/kunden/300A000002', {
      token,
      body: { ...nora, email: 'kein-at', ansprechpartner: 'demo-leistung', leistungssachbearbeiter: 'niemand' },
      kopf: key(),
    });
    assert.deepEqual((fachlich.body as { errors: unknown[] }).errors, [
      { feld: 'email', code: 'format' },
      { feld: 'ansprechpartner', code: 'team' },
      { feld: 'leistungssachbearbeiter', code: 'unbekannt' },
    ]);
    const nummer = await api.aufrufen('PUT', '/kunden/12', { token, body: nora, kopf: key() });
    assert.deepEqual((nummer.body as { errors: unknown[] }).errors, [{ feld: 'kundennummer', code: 'format' }]);
    assert.equal(await api.t.ctx.db('kunden').where({ kundennummer: '300A000002' }).first('id'), undefined);
  });

  it('refuses a body that is not JSON (415) or larger than 256 kB (413) with problem details', async () => {
    const text = await fetch(`${api.app.url}/api/v1/kunden/300A000003`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain', ...key() },
      body: 'hallo',
    });
    api.pruefer.pruefen('PUT', '/kunden/300A000003', {
      status: text.status,
      headers: text.headers,
      body: await text.json(),
    });
    assert.equal(text.status, 415);
    const gross = await api.aufrufen('PUT', '/kunden/300A000003', {
      token,
      body: { ...nora, ort: 'x'.repeat(300_000) },
      kopf: key(),
    });
    assert.equal(gross.status, 413);
  });

  it('reads a client the staff page created through the same use case, with the same fields', async () => {
    await kundeAnlegen(
      api.t.ctx.db,
      {
        kundennummer: '300A000004',
        bgNummer: '30001BG0000004',
        vorname: 'Sven',
        nachname: 'Stab',
        strasse: '',
        plz: '',
        ort: '',
        email: '',
        einwilligung: false,
      },
      api.t.ctx.config.qrSchluessel,
    );
    const gelesen = await api.aufrufen('GET', '/kunden/300A000004', { token });
    assert.deepEqual(gelesen.body, {
      kundennummer: '300A000004',
      bgNummer: '30001BG0000004',
      vorname: 'Sven',
      nachname: 'Stab',
      strasse: null,
      plz: null,
      ort: null,
      email: null,
      sprache: 'de',
      onlineZustellungSeit: null,
      ansprechpartner: null,
      leistungssachbearbeiter: null,
      aktiv: true,
    });
    assert.equal((await api.aufrufen('GET', '/kunden/999Z999999', { token })).status, 404);
  });

  it('deactivates a client: the client\u2019s sessions end; a second deactivation answers the same state', async () => {
    const paula = new HttpKunde(api.app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    assert.equal((await paula.holen('/kunde')).status, 200);
    const aus = await api.aufrufen('POST', `/kunden/${demoLogins.kunde.kundennummer}/deaktivieren`, {
      token,
      kopf: key(),
    });
    assert.equal(aus.status, 200);
    assert.equal((aus.body as { aktiv: boolean }).aktiv, false);
    assert.notEqual((await paula.holen('/kunde')).status, 200);
    const nochmal = await api.aufrufen('POST', `/kunden/${demoLogins.kunde.kundennummer}/deaktivieren`, {
      token,
      kopf: key(),
    });
    assert.deepEqual(nochmal.body, aus.body);
    assert.equal((await api.aufrufen('POST', '/kunden/999Z999999/deaktivieren', { token, kopf: key() })).status, 404);
  });
});
