import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { lesen } from '../../support/mails.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { partnerAnmelden, partnerLinkAusMail } from '../../support/partner.js';

describe('partner organisations (Admin): create one whose first admin is invited and can sign in', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let admin: HttpKunde;
  const organisation = {
    name: 'Werkstatt Süd gGmbH',
    email: 'Info@Werkstatt-Sued.example',
    telefon: '',
    adminEmail: 'leitung@werkstatt-sued.example',
    adminVorname: 'Lena',
    adminNachname: 'Leitung',
  };

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    ({ portal: admin } = await mitarbeiterAnmelden(app.url, 'demo-admin'));
  });
  after(() => stoppen());

  it('creates the organisation with its admin, who sets a password from the invitation and manages users', async () => {
    await admin.holen('/mitarbeiter/partner');
    const antwort = await admin.senden('/mitarbeiter/partner', organisation);
    assert.equal(antwort.location, '/mitarbeiter/partner');
    const { html } = await admin.holen('/mitarbeiter/partner');
    assert.match(html, /Werkstatt Süd gGmbH/);
    assert.match(html, /info@werkstatt-sued\.example/);

    const link = await partnerLinkAusMail(t.mails, organisation.adminEmail);
    const [einladung] = await lesen(t.mails.received.filter((m) => m.to.includes(organisation.adminEmail)));
    assert.match(einladung!.text, /Organisation: Werkstatt Süd gGmbH/);
    const lena = new HttpKunde(app.url);
    await lena.holen(link);
    await lena.senden(link, { neu: 'Lena-Leitung-2026', wiederholung: 'Lena-Leitung-2026' });
    const angemeldet = await partnerAnmelden(app.url, organisation.adminEmail, 'Lena-Leitung-2026');
    assert.equal((await angemeldet.holen('/partner/verwaltung')).status, 200);
  });

  it('refuses an incomplete form and an admin address already in use, creating nothing', async () => {
    const vorher = (await t.ctx.db('partner')).length;
    await admin.holen('/mitarbeiter/partner');
    const antwort = await admin.senden('/mitarbeiter/partner', { ...organisation, name: ' ', adminVorname: '' });
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Bitte den Namen der Organisation angeben/);
    assert.match(antwort.html, /Für diese E-Mail-Adresse gibt es bereits einen Zugang/);
    assert.equal((await t.ctx.db('partner')).length, vorher);
  });

  it('ends an assignment: the partner can no longer send for that client, earlier letters stay', async () => {
    const demoPartner = await t.ctx.db('partner').where({ name: 'Bildungswerk Musterstadt gGmbH' }).first('id');
    const liste = (await admin.holen(`/mitarbeiter/partner/${demoPartner.id}/zuweisungen`)).html;
    assert.match(liste, /Portal, Paula/);
    const vorher = (await t.ctx.db('ausgangsdokumente').where({ partner_id: demoPartner.id })).length;
    const antwort = await admin.senden(
      `/mitarbeiter/partner/${demoPartner.id}/zuweisungen/${demoLogins.kunde.kundennummer}/beenden`,
      {},
    );
    assert.equal(antwort.location, `/mitarbeiter/partner/${demoPartner.id}/zuweisungen`);
    assert.doesNotMatch((await admin.holen(antwort.location!)).html, /Portal, Paula/);
    assert.equal((await t.ctx.db('ausgangsdokumente').where({ partner_id: demoPartner.id })).length, vorher);

    const anna = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
    await anna.holen('/partner/mitteilung-senden');
    const versuch = await anna.senden('/partner/mitteilung-senden', {
      bereich: 'vermittlung',
      betreff: 'Abschluss',
      kundennummer: demoLogins.kunde.kundennummer,
      bg_nummer: '10001BG0000001',
      kundenname: 'Paula Portal',
      kunde_berechtigt: 'nein',
      notiz: 'Ende',
    });
    assert.equal(versuch.status, 400);
    assert.match(versuch.html, /Diese Kundennummer ist Ihrer Organisation nicht zugewiesen/);
    assert.equal(
      (
        await admin.senden(
          `/mitarbeiter/partner/${demoPartner.id}/zuweisungen/${demoLogins.kunde.kundennummer}/beenden`,
          {},
        )
      ).status,
      404,
      'already ended',
    );
  });

  it('deactivates an organisation: its users are signed out and cannot sign in, its assignments end, it is no longer a recipient', async () => {
    const werkstatt = await t.ctx.db('partner').where({ name: organisation.name }).first('id');
    const lena = await partnerAnmelden(app.url, organisation.adminEmail, 'Lena-Leitung-2026');
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    await t.ctx.db('partner_kunden').insert({ partner_id: werkstatt.id, kunde_id: paula.id });
    await admin.holen('/mitarbeiter/partner');
    const antwort = await admin.senden(`/mitarbeiter/partner/${werkstatt.id}/deaktivieren`, {});
    assert.equal(antwort.location, '/mitarbeiter/partner');
    assert.match((await admin.holen('/mitarbeiter/partner')).html, /ist deaktiviert/);
    assert.equal((await lena.holen('/partner')).response.headers.get('location'), '/partner/anmelden', 'session ended');
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/partner/anmelden');
    assert.equal(
      (await besucher.senden('/partner/anmelden', { email: organisation.adminEmail, passwort: 'Lena-Leitung-2026' }))
        .status,
      401,
    );
    assert.equal((await t.ctx.db('partner_kunden').where({ partner_id: werkstatt.id })).length, 0);
    assert.doesNotMatch(
      (await admin.holen('/mitarbeiter/ausgang')).html,
      /Partner: Werkstatt Süd/,
      'no longer a recipient',
    );
    assert.equal((await admin.senden(`/mitarbeiter/partner/${werkstatt.id}/deaktivieren`, {})).status, 404);
  });

  it('is for the Admin team only', async () => {
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    assert.equal((await leistung.holen('/mitarbeiter/partner')).status, 403);
  });
});
