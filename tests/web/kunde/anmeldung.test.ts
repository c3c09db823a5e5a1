import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';

describe('client sign-in', () => {
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ app, stop } = await demoApp());
  });
  after(() => stop());

  it('answers a wrong password and an unknown Kundennummer with the same message', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.holen('/anmelden');
    const falsch = await kunde.senden('/anmelden', {
      kundennummer: demoLogins.zweiterKunde.kundennummer,
      passwort: 'falsch',
    });
    const unbekannt = await kunde.senden('/anmelden', { kundennummer: '999Z000000', passwort: 'falsch' });
    assert.equal(falsch.status, 401);
    assert.equal(unbekannt.status, 401);
    const meldung = (html: string) =>
      /role="alert"[^>]*>[\s\S]*?<a class="kern-link" href="#kundennummer">([^<]+)<\/a>/.exec(html)?.[1];
    assert.equal(meldung(falsch.html), 'Kundennummer oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.');
    assert.equal(meldung(unbekannt.html), meldung(falsch.html));
  });

  it('locks the account after five failures, even for the right password, and the same for unknown numbers', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.holen('/anmelden');
    for (let i = 0; i < 5; i++)
      await kunde.senden('/anmelden', { kundennummer: demoLogins.haushalt.kundennummer, passwort: `falsch-${i}` });
    const gesperrt = await kunde.senden('/anmelden', {
      kundennummer: demoLogins.haushalt.kundennummer,
      passwort: demoLogins.haushalt.passwort,
    });
    assert.equal(gesperrt.status, 429);
    assert.match(gesperrt.html, /Zu viele Versuche/);
    for (let i = 0; i < 5; i++)
      await kunde.senden('/anmelden', { kundennummer: '999Z000001', passwort: `falsch-${i}` });
    assert.equal((await kunde.senden('/anmelden', { kundennummer: '999Z000001', passwort: 'x' })).status, 429);
  });

  it('refuses a form post without the CSRF token', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.holen('/anmelden');
    kunde.csrf = 'gefaelscht';
    const antwort = await kunde.senden('/anmelden', {
      kundennummer: demoLogins.kunde.kundennummer,
      passwort: demoLogins.kunde.passwort,
    });
    assert.equal(antwort.status, 403);
    assert.match(antwort.html, /Formular ist abgelaufen/);
  });

  it('forces a new password at first login, with a new session id and the language choice', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.holen('/anmelden');
    const vorher = kunde.cookie;
    const login = await kunde.senden('/anmelden', {
      kundennummer: demoLogins.kunde.kundennummer,
      passwort: demoLogins.kunde.passwort,
    });
    assert.equal(login.location, '/kunde/passwort');
    assert.notEqual(kunde.cookie, vorher, 'session id changes at login');
    assert.equal((await kunde.holen('/kunde/gesendet')).response.headers.get('location'), '/kunde/passwort');
    const seite = await kunde.holen('/kunde/passwort');
    assert.match(seite.html, /<select class="kern-form-input__select" id="sprache" name="sprache">/);
    const zuKurz = await kunde.senden('/kunde/passwort', {
      bisher: demoLogins.kunde.passwort,
      neu: 'kurz',
      wiederholung: 'kurz',
    });
    assert.equal(zuKurz.status, 400);
    assert.match(zuKurz.html, /zu kurz/);
    const ok = await kunde.senden('/kunde/passwort', {
      bisher: demoLogins.kunde.passwort,
      neu: 'Ganz-neues-Passwort',
      wiederholung: 'Ganz-neues-Passwort',
      sprache: 'de',
    });
    assert.equal(ok.location, '/kunde');
    const start = await kunde.holen('/kunde');
    assert.equal(start.status, 200);
    assert.match(start.html, /Ihr Passwort wurde geändert\./);
    assert.match(start.html, /Meine aktuellen Termine/);
    assert.doesNotMatch((await kunde.holen('/kunde')).html, /Ihr Passwort wurde geändert\./, 'the message shows once');
  });

  it('ends the session at sign-out', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    assert.equal((await kunde.holen('/kunde')).status, 200);
    await kunde.holen('/kunde');
    const abmelden = await kunde.senden('/abmelden', {});
    assert.equal(abmelden.location, '/anmelden?abgemeldet');
    assert.equal((await kunde.holen('/kunde')).response.headers.get('location'), '/anmelden');
  });

  it('sets the session cookie HttpOnly and SameSite', async () => {
    const response = await fetch(`${app.url}/anmelden`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sitzung='));
    assert.ok(cookie);
    assert.match(cookie, /httponly/i);
    assert.match(cookie, /samesite=lax/i);
  });
});
