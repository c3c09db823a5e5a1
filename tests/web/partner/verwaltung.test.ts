import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { lesen } from '../../support/mails.js';
import { partnerAnmelden, partnerLinkAusMail } from '../../support/partner.js';
import { runWorkers } from '../../support/workers.js';

describe('partner Verwaltung: admins invite users, who set their own password; the last admin stays', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  let admin: HttpKunde;
  const neu = { email: 'bernd.berater@bildungswerk.example', nachname: 'Berater', vorname: 'Bernd' };

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    workers = await runWorkers(t.ctx);
    admin = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await t.close();
  });

  it("lists the organisation's users with ID, name and last login", async () => {
    const { status, html } = await admin.holen('/partner/verwaltung');
    assert.equal(status, 200);
    for (const spalte of ['ID', 'E-Mail', 'Nachname', 'Vorname', 'Letzter Login'])
      assert.match(html, new RegExp(`<th class="kern-table__header" scope="col">${spalte}</th>`));
    assert.match(html, /anna\.admin@bildungswerk\.example/);
  });

  it('creates a user, who gets an invitation mail, sets a password and signs in without Verwaltung', async () => {
    await admin.holen('/partner/verwaltung');
    const antwort = await admin.senden('/partner/verwaltung/benutzer', {
      ...neu,
      email: 'Bernd.Berater@Bildungswerk.example',
    });
    assert.equal(antwort.location, '/partner/verwaltung');
    const { html } = await admin.holen('/partner/verwaltung');
    assert.match(html, /Der Benutzer bernd\.berater@bildungswerk\.example wurde angelegt/);
    assert.match(html, /eingeladen, Passwort noch nicht festgelegt/);

    const link = await partnerLinkAusMail(t.mails, neu.email);
    const [mail] = await lesen(t.mails.received.filter((m) => m.to.includes(neu.email)));
    assert.equal(mail!.subject, 'Ihr Zugang zum Partnerportal des Jobcenters');
    assert.match(mail!.text, /gilt 7 Tage/);
    const bernd = new HttpKunde(app.url);
    await bernd.holen(link);
    const gesetzt = await bernd.senden(link, { neu: 'Bernd-sein-Passwort-1', wiederholung: 'Bernd-sein-Passwort-1' });
    assert.equal(gesetzt.location, '/partner/anmelden?neues_passwort');

    const angemeldet = await partnerAnmelden(app.url, neu.email, 'Bernd-sein-Passwort-1');
    const start = await angemeldet.holen('/partner');
    assert.doesNotMatch(start.html, /href="\/partner\/verwaltung"/);
    assert.equal((await angemeldet.holen('/partner/verwaltung')).status, 403);
    assert.equal(
      (await angemeldet.senden('/partner/verwaltung/benutzer', { email: 'x@example.org', nachname: 'X', vorname: 'Y' }))
        .status,
      403,
    );
  });

  it('refuses a missing name, a bad address and an address already in use, creating nothing', async () => {
    const vorher = (await t.ctx.db('partner_benutzer')).length;
    await admin.holen('/partner/verwaltung');
    const leer = await admin.senden('/partner/verwaltung/benutzer', {
      email: 'kein-at-zeichen',
      nachname: '',
      vorname: '',
    });
    assert.equal(leer.status, 400);
    assert.match(leer.html, /Bitte geben Sie eine gültige E-Mail-Adresse ein/);
    assert.match(leer.html, /Bitte geben Sie den Nachnamen ein/);
    const doppelt = await admin.senden('/partner/verwaltung/benutzer', neu);
    assert.equal(doppelt.status, 400);
    assert.match(doppelt.html, /Für diese E-Mail-Adresse gibt es bereits einen Zugang/);
    assert.equal((await t.ctx.db('partner_benutzer')).length, vorher);
  });

  it('will not deactivate the last admin who can sign in, but deactivates a user and ends their session', async () => {
    const anna = await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).first('id');
    await admin.holen('/partner/verwaltung');
    const letzter = await admin.senden(`/partner/verwaltung/benutzer/${anna.id}/deaktivieren`, {});
    assert.equal(letzter.status, 400);
    assert.match(letzter.html, /letzte aktive Administrationszugang/);
    assert.equal((await t.ctx.db('partner_benutzer').where({ id: anna.id }).first('aktiv')).aktiv, true);

    const bernd = await partnerAnmelden(app.url, neu.email, 'Bernd-sein-Passwort-1');
    const berndId = (await t.ctx.db('partner_benutzer').where({ email: neu.email }).first('id')).id;
    const weg = await admin.senden(`/partner/verwaltung/benutzer/${berndId}/deaktivieren`, {});
    assert.equal(weg.location, '/partner/verwaltung');
    assert.equal(
      (await bernd.holen('/partner')).response.headers.get('location'),
      '/partner/anmelden',
      'session ended',
    );
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/partner/anmelden');
    assert.equal(
      (await besucher.senden('/partner/anmelden', { email: neu.email, passwort: 'Bernd-sein-Passwort-1' })).status,
      401,
    );
  });

  it('grants and revokes the admin right, but never takes it from the last admin who can sign in', async () => {
    const anna = await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).first('id');
    await admin.holen('/partner/verwaltung');
    const selbst = await admin.senden(`/partner/verwaltung/benutzer/${anna.id}/benutzer`, {});
    assert.equal(selbst.status, 400);
    assert.match(selbst.html, /letzte aktive Administrationszugang/);
    await admin.senden('/partner/verwaltung/benutzer', {
      email: 'carla.coach@bildungswerk.example',
      nachname: 'Coach',
      vorname: 'Carla',
    });
    const carla = await t.ctx
      .db('partner_benutzer')
      .where({ email: 'carla.coach@bildungswerk.example' })
      .first('id', 'ist_admin');
    assert.equal(carla.ist_admin, false);
    assert.equal(
      (await admin.senden(`/partner/verwaltung/benutzer/${carla.id}/admin`, {})).location,
      '/partner/verwaltung',
    );
    assert.equal((await t.ctx.db('partner_benutzer').where({ id: carla.id }).first('ist_admin')).ist_admin, true);
    assert.equal(
      (await admin.senden(`/partner/verwaltung/benutzer/${anna.id}/benutzer`, {})).status,
      400,
      'Carla has no password yet, so she does not count',
    );
    assert.equal(
      (await admin.senden(`/partner/verwaltung/benutzer/${carla.id}/benutzer`, {})).location,
      '/partner/verwaltung',
    );
    assert.equal((await t.ctx.db('partner_benutzer').where({ id: carla.id }).first('ist_admin')).ist_admin, false);
    assert.match(
      (await admin.holen('/partner/verwaltung')).html,
      /Die Rolle von carla\.coach@bildungswerk\.example wurde geändert/,
    );
  });

  it('lets an admin step down once another admin can sign in', async () => {
    const zweite = {
      email: 'zweite.admin@bildungswerk.example',
      nachname: 'Admin',
      vorname: 'Zweite',
      ist_admin: 'ja',
    };
    await admin.holen('/partner/verwaltung');
    await admin.senden('/partner/verwaltung/benutzer', zweite);
    const anna = await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).first('id');
    assert.equal(
      (await admin.senden(`/partner/verwaltung/benutzer/${anna.id}/deaktivieren`, {})).status,
      400,
      'an invited admin without password does not count',
    );
    const link = await partnerLinkAusMail(t.mails, zweite.email);
    const besucher = new HttpKunde(app.url);
    await besucher.holen(link);
    await besucher.senden(link, { neu: 'Zweite-Admin-Pass-1', wiederholung: 'Zweite-Admin-Pass-1' });
    await admin.holen('/partner/verwaltung');
    const ruecktritt = await admin.senden(`/partner/verwaltung/benutzer/${anna.id}/deaktivieren`, {});
    assert.equal(ruecktritt.location, '/partner/anmelden?abgemeldet');
  });

  it('cannot touch a user of another organisation', async () => {
    const [{ id: fremdePartnerId }] = await t.ctx
      .db('partner')
      .insert({ name: 'Andere Stelle', email: 'info@andere.example' })
      .returning('id');
    const [{ id: fremderId }] = await t.ctx
      .db('partner_benutzer')
      .insert({
        partner_id: fremdePartnerId,
        email: 'fremd@andere.example',
        vorname: 'F',
        nachname: 'Fremd',
        ist_admin: true,
      })
      .returning('id');
    const zweite = await partnerAnmelden(app.url, 'zweite.admin@bildungswerk.example', 'Zweite-Admin-Pass-1');
    await zweite.holen('/partner/verwaltung');
    assert.equal((await zweite.senden(`/partner/verwaltung/benutzer/${fremderId}/deaktivieren`, {})).status, 404);
    assert.equal((await t.ctx.db('partner_benutzer').where({ id: fremderId }).first('aktiv')).aktiv, true);
    assert.doesNotMatch((await zweite.holen('/partner/verwaltung')).html, /fremd@andere\.example/);
  });
});
