import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import type { TestContext } from '../../support/context.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { partnerAnmelden } from '../../support/partner.js';

describe('a language choice is saved at once: on the account when signed in, in the session for visitors', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, app, stop } = await demoApp());
  });
  after(() => stop());

  const kundenSprache = async (kundennummer: string): Promise<string> =>
    (await t.ctx.db('kunden').where({ kundennummer }).first('sprache')).sprache;
  const partnerSprache = async (email: string): Promise<string> =>
    (await t.ctx.db('partner_benutzer').where({ email }).first('sprache')).sprache;

  it('stores the choice of a client on the first-login page before the password is set', async () => {
    const { kundennummer, passwort } = demoLogins.kunde;
    const kunde = new HttpKunde(app.url);
    await kunde.holen('/anmelden');
    assert.equal((await kunde.senden('/anmelden', { kundennummer, passwort })).location, '/kunde/passwort');
    const seite = await kunde.holen('/kunde/passwort');
    assert.match(seite.html, /<form method="post" action="\/sprache"/, 'the language has a form of its own');
    const gewaehlt = await kunde.senden('/sprache', { sprache: 'uk', zurueck: '/kunde/passwort' });
    assert.equal(gewaehlt.location, '/kunde/passwort');
    assert.equal(await kundenSprache(kundennummer), 'uk', 'stored on the account at once');
    const kontoZeile = await t.ctx.db('kunden').where({ kundennummer }).first('passwort_aendern');
    assert.equal(kontoZeile.passwort_aendern, true, 'nothing else was written');
    assert.match((await kunde.holen('/kunde/passwort')).html, /<html lang="uk" dir="ltr">/);

    const gesetzt = await kunde.senden('/kunde/passwort', {
      bisher: passwort,
      neu: 'Paulas-eigenes-Passwort-1',
      wiederholung: 'Paulas-eigenes-Passwort-1',
    });
    assert.equal(gesetzt.location, '/kunde');
    const start = await kunde.holen('/kunde');
    assert.match(start.html, /<html lang="uk" dir="ltr">/, 'the renewed session keeps the language');
    assert.match(start.html, /Ваш пароль змінено\./);
  });

  it('stores the choice of a signed-in partner user made in the page header of a footer page', async () => {
    const { email, passwort } = demoLogins.partnerAdmin;
    const partner = await partnerAnmelden(app.url, email, passwort);
    const impressum = await partner.holen('/impressum');
    assert.match(impressum.html, /<form method="post" action="\/sprache"/);
    const gewaehlt = await partner.senden('/sprache', { sprache: 'tr', zurueck: '/impressum' });
    assert.equal(gewaehlt.location, '/impressum');
    assert.equal(await partnerSprache(email), 'tr', 'stored on the account at once, for e-mails in that language');
    assert.match((await partner.holen('/partner')).html, /<html lang="tr" dir="ltr">/);
  });

  it('stores the choice of a partner user in Einstellungen on the account and in the session', async () => {
    const { email } = demoLogins.partnerAdmin;
    const partner = await partnerAnmelden(app.url, email, demoLogins.partnerAdmin.passwort);
    await partner.holen('/partner/einstellungen');
    assert.equal((await partner.senden('/partner/sprache', { sprache: 'ar' })).location, '/partner/einstellungen');
    assert.equal(await partnerSprache(email), 'ar');
    const seite = await partner.holen('/partner/einstellungen');
    assert.match(seite.html, /<html lang="ar" dir="rtl">/);
    assert.match(seite.html, /تم تغيير اللغة\./);
  });

  it("keeps an anonymous visitor's choice in the session and touches no account", async () => {
    const vorher = await t.ctx.db('kunden').orderBy('id').select('id', 'sprache', 'updated_at');
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/anmelden');
    assert.equal((await besucher.senden('/sprache', { sprache: 'ru', zurueck: '/anmelden' })).location, '/anmelden');
    assert.match((await besucher.holen('/anmelden')).html, /<html lang="ru" dir="ltr">/);
    assert.deepEqual(await t.ctx.db('kunden').orderBy('id').select('id', 'sprache', 'updated_at'), vorher);
  });
});
