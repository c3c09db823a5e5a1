import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { slotBuchen } from '../../../services/termine/slot-buchen.js';
import { terminAbsagen } from '../../../services/termine/termin-absagen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

const berlinTag = (tageVoraus: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + tageVoraus * 86_400_000),
  );

describe('Terminvergabe (Admin team): edit an Anliegen, delete a free slot, never a booked one', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let admin: HttpKunde;
  let anliegenId: number;
  let kundeId: number;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten());
    ({ portal: admin } = await mitarbeiterAnmelden(app.url, 'demo-admin'));
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    await admin.holen('/mitarbeiter/terminvergabe');
    await admin.senden('/mitarbeiter/terminvergabe/anliegen', {
      name: 'Beratung Leistung',
      dauer: '30',
      ort: 'Raum A 1.10',
      team: 'leistung',
    });
    anliegenId = (await t.ctx.db('anliegen').where({ name: 'Beratung Leistung' }).first('id')).id;
    await admin.senden('/mitarbeiter/terminvergabe/slots', {
      anliegen: String(anliegenId),
      fuer: 'team',
      datum: berlinTag(6),
      von: '09:00',
      bis: '10:30',
    });
  });
  after(() => stoppen());

  const slots = () => t.ctx.db('termin_slots').where({ anliegen_id: anliegenId }).orderBy('beginn').select('id');

  it('edits name, duration, place, team and public flag; slots already opened keep their duration', async () => {
    const seite = await admin.holen('/mitarbeiter/terminvergabe');
    assert.match(seite.html, new RegExp(`href="/mitarbeiter/terminvergabe/anliegen/${anliegenId}"`));
    const formular = await admin.holen(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`);
    assert.equal(formular.status, 200);
    assert.match(formular.html, /value="Raum A 1.10"/, 'the form shows the current values');

    const antwort = await admin.senden(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`, {
      name: 'Beratung Leistung (Neuantrag)',
      dauer: '45',
      ort: 'Raum E.02',
      team: 'vermittlung',
      oeffentlich: 'ja',
    });
    assert.equal(antwort.location, '/mitarbeiter/terminvergabe');
    const row = await t.ctx.db('anliegen').where({ id: anliegenId }).first();
    assert.deepEqual(
      [row.name, row.dauer_minuten, row.ort, row.team, row.oeffentlich],
      ['Beratung Leistung (Neuantrag)', 45, 'Raum E.02', 'vermittlung', true],
    );
    const dauern = await t.ctx.db('termin_slots').where({ anliegen_id: anliegenId }).pluck('dauer_minuten');
    assert.deepEqual(dauern, [30, 30, 30]);
    assert.match((await admin.holen('/mitarbeiter/terminvergabe')).html, /Das Anliegen ist geändert\./);
  });

  it('refuses an invalid edit with messages at the fields, and a name another Anliegen has', async () => {
    await admin.senden('/mitarbeiter/terminvergabe/anliegen', {
      name: 'Antragsabgabe',
      dauer: '15',
      ort: 'Raum E.04',
      team: 'leistung',
    });
    await admin.holen(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`);
    const schlecht = await admin.senden(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`, {
      name: 'Antragsabgabe',
      dauer: '3',
      ort: '',
      team: 'leistung',
    });
    assert.equal(schlecht.status, 400);
    assert.match(schlecht.html, /href="#dauer"/);
    assert.match(schlecht.html, /href="#ort"/);
    const vergeben = await admin.senden(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`, {
      name: 'Antragsabgabe',
      dauer: '30',
      ort: 'Raum E.02',
      team: 'leistung',
    });
    assert.equal(vergeben.status, 400);
    assert.match(vergeben.html, /Dieses Anliegen gibt es schon/);
    assert.equal(
      (await t.ctx.db('anliegen').where({ id: anliegenId }).first('name')).name,
      'Beratung Leistung (Neuantrag)',
    );
    assert.equal((await admin.holen('/mitarbeiter/terminvergabe/anliegen/999999')).status, 404);
  });

  it('deletes a free slot, also one whose booking was cancelled; the cancelled booking keeps its record', async () => {
    const [frei, abgesagt] = await slots();
    const { terminId } = await slotBuchen(t.ctx, abgesagt!.id, { kundeId });
    await terminAbsagen(t.ctx, { id: terminId });

    const seite = await admin.holen('/mitarbeiter/terminvergabe');
    assert.match(seite.html, new RegExp(`action="/mitarbeiter/terminvergabe/slots/${frei!.id}/loeschen"`));
    for (const slot of [frei!, abgesagt!]) {
      const antwort = await admin.senden(`/mitarbeiter/terminvergabe/slots/${slot.id}/loeschen`, {});
      assert.equal(antwort.location, '/mitarbeiter/terminvergabe');
    }
    assert.deepEqual(
      (await slots()).map((s) => s.id).filter((id) => id === frei!.id || id === abgesagt!.id),
      [],
    );
    const termin = await t.ctx.db('termine').where({ id: terminId }).first('status', 'slot_id');
    assert.deepEqual(termin, { status: 'abgesagt', slot_id: null });
    assert.match((await admin.holen('/mitarbeiter/terminvergabe')).html, /Der freie Termin ist gelöscht\./);
  });

  it('keeps a booked slot: no delete button, and a delete sent anyway gets 409 with a clear message', async () => {
    const [gebucht] = await slots();
    const { terminId } = await slotBuchen(t.ctx, gebucht!.id, { kundeId });
    const seite = await admin.holen('/mitarbeiter/terminvergabe');
    assert.doesNotMatch(seite.html, new RegExp(`/slots/${gebucht!.id}/loeschen`));
    assert.match(seite.html, new RegExp(`id="slot-${gebucht!.id}">nicht möglich \\(gebucht\\)`));

    const antwort = await admin.senden(`/mitarbeiter/terminvergabe/slots/${gebucht!.id}/loeschen`, {});
    assert.equal(antwort.status, 409);
    assert.match(antwort.html, /Dieser Termin ist gebucht und kann nicht gelöscht werden/);
    assert.match(antwort.html, new RegExp(`href="#slot-${gebucht!.id}"`));
    assert.ok(await t.ctx.db('termin_slots').where({ id: gebucht!.id }).first());
    assert.equal((await t.ctx.db('termine').where({ id: terminId }).first('slot_id')).slot_id, gebucht!.id);
  });

  it('lets only the Admin team edit Anliegen and delete slots', async () => {
    const [slot] = await slots();
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    await leistung.holen('/mitarbeiter/tagesplan');
    assert.equal((await leistung.holen(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`)).status, 403);
    const aendern = await leistung.senden(`/mitarbeiter/terminvergabe/anliegen/${anliegenId}`, {
      name: 'X',
      dauer: '30',
      ort: 'Y',
      team: 'leistung',
    });
    assert.equal(aendern.status, 403);
    assert.equal((await leistung.senden(`/mitarbeiter/terminvergabe/slots/${slot!.id}/loeschen`, {})).status, 403);
    assert.ok(await t.ctx.db('termin_slots').where({ id: slot!.id }).first());
  });
});
