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

describe('partner sign-in with e-mail and password, with the protections of the client login', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  const { email, passwort } = demoLogins.partnerAdmin;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    workers = await runWorkers(t.ctx);
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await t.close();
  });

  const versuch = async (mail: string, pw: string) => {
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/partner/anmelden');
    return besucher.senden('/partner/anmelden', { email: mail, passwort: pw });
  };

  it('shows the partner login with an e-mail field and links to the client login', async () => {
    const { status, html } = await new HttpKunde(app.url).holen('/partner/anmelden');
    assert.equal(status, 200);
    assert.match(html, /Willkommen im Partnerportal!/);
    assert.match(html, /<input id="email" name="email" type="email"[^>]* class="kern-form-input__input"/);
    assert.match(html, /href="\/partner\/passwort-vergessen"/);
    assert.match(html, /href="\/anmelden"/);
  });

  it('signs in the demo partner admin (any letter case) and shows the organisation on the Startseite', async () => {
    const antwort = await versuch(email.toUpperCase(), passwort);
    assert.equal(antwort.location, '/partner');
    const partner = await partnerAnmelden(app.url, email, passwort);
    const { html } = await partner.holen('/partner');
    assert.match(html, /Bildungswerk/);
    assert.match(html, /href="\/partner\/verwaltung"/, 'admins see Verwaltung');
    assert.ok(
      (await t.ctx.db('partner_benutzer').where({ email }).first('letzter_login')).letzter_login,
      'last login recorded',
    );
  });

  it('answers an unknown address exactly like a wrong password', async () => {
    const falsch = await versuch(email, 'falsches-passwort');
    const unbekannt = await versuch('niemand@example.org', 'falsches-passwort');
    assert.equal(falsch.status, 401);
    assert.equal(unbekannt.status, 401);
    const meldung = (html: string) =>
      /<p id="email-fehler" class="kern-error">[\s\S]*?<span class="kern-body">([^<]+)<\/span><\/p>/.exec(html)?.[1];
    assert.equal(
      meldung(falsch.html),
      'E-Mail-Adresse oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.',
    );
    assert.equal(meldung(unbekannt.html), meldung(falsch.html));
  });

  it('locks an address after five failures, even with the right password afterwards', async () => {
    const ziel = 'gesperrt@example.org';
    await t.ctx.db('partner_benutzer').insert({
      partner_id: (await t.ctx.db('partner').first('id')).id,
      email: ziel,
      vorname: 'Gerd',
      nachname: 'Gesperrt',
      passwort_hash: (await t.ctx.db('partner_benutzer').where({ email }).first('passwort_hash')).passwort_hash,
    });
    for (let i = 0; i < 5; i++) assert.equal((await versuch(ziel, 'falsch')).status, 401);
    const gesperrt = await versuch(ziel, passwort);
    assert.equal(gesperrt.status, 429);
    assert.match(gesperrt.html, /Zu viele Versuche/);
  });

  it('keeps partners and clients apart: each session opens only its own portal', async () => {
    const partner = await partnerAnmelden(app.url, email, passwort);
    assert.equal((await partner.holen('/kunde/gesendet')).response.headers.get('location'), '/anmelden');
    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    assert.equal((await kunde.holen('/partner/gesendet')).response.headers.get('location'), '/partner/anmelden');
    assert.equal(
      (await new HttpKunde(app.url).holen('/partner/eingang')).response.headers.get('location'),
      '/partner/anmelden',
    );
  });

  it('signs out back to the partner login', async () => {
    const partner = await partnerAnmelden(app.url, email, passwort);
    await partner.holen('/partner');
    const antwort = await partner.senden('/abmelden', {});
    assert.equal(antwort.location, '/partner/anmelden?abgemeldet');
    assert.equal((await partner.holen('/partner')).response.headers.get('location'), '/partner/anmelden');
  });

  it('"Passwort vergessen" mails a single-use link for a known address only and the new password works', async () => {
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/partner/passwort-vergessen');
    const unbekannt = await besucher.senden('/partner/passwort-vergessen', { email: 'unbekannt@example.org' });
    const bekannt = await besucher.senden('/partner/passwort-vergessen', { email });
    assert.equal(unbekannt.location, bekannt.location, 'same answer');
    const link = await partnerLinkAusMail(t.mails, email);
    assert.equal((await lesen(t.mails.received.filter((m) => m.to.includes('unbekannt@example.org')))).length, 0);
    assert.equal((await besucher.holen(link)).status, 200);
    const kurz = await besucher.senden(link, { neu: 'kurz', wiederholung: 'kurz' });
    assert.equal(kurz.status, 400);
    const gesetzt = await besucher.senden(link, {
      neu: 'Neues-Partner-Passwort-9',
      wiederholung: 'Neues-Partner-Passwort-9',
    });
    assert.equal(gesetzt.location, '/partner/anmelden?neues_passwort');
    assert.equal((await besucher.holen(link)).status, 410, 'link spent');
    assert.equal((await versuch(email, passwort)).status, 401, 'old password no longer valid');
    assert.equal((await versuch(email, 'Neues-Partner-Passwort-9')).location, '/partner');
  });
});
