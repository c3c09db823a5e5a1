import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { linkTokenHash, neuesLinkToken } from '../../../domain/passwort-link.js';
import { hashPasswort } from '../../../platform/passwort.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import type { TestContext } from '../../support/context.js';

describe("a client's new password ends every other way into the account", () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, app, stop } = await demoApp());
  });
  after(() => stop());

  const passwort = 'Eigenes-Passwort-2026';

  /** A client who has already set their own password. */
  async function kundeAnlegen(kundennummer: string): Promise<void> {
    await t.ctx.db('kunden').insert({
      kundennummer,
      bg_nummer: `10001BG${kundennummer.slice(-7)}`,
      vorname: 'Tara',
      nachname: 'Test',
      email: `${kundennummer}@example.org`,
      passwort_hash: await hashPasswort(passwort),
      passwort_aendern: false,
    });
  }

  async function angemeldet(kundennummer: string): Promise<HttpKunde> {
    const client = new HttpKunde(app.url);
    await client.anmelden(kundennummer, passwort);
    return client;
  }

  const kundeId = async (kundennummer: string): Promise<number> =>
    (await t.ctx.db('kunden').where({ kundennummer }).first('id')).id;

  /** An open "Passwort vergessen" link of the client, stored as the mail activity stores it. */
  async function offenerLink(kundennummer: string): Promise<string> {
    const token = neuesLinkToken();
    await t.ctx.db('passwort_links').insert({
      token_hash: linkTokenHash(token),
      kunde_id: await kundeId(kundennummer),
      gueltig_bis: new Date(Date.now() + 30 * 60_000),
    });
    return `/passwort-neu/${token}`;
  }

  const sitzungenDes = async (kundennummer: string): Promise<number> =>
    Number(
      (await t.ctx
        .db('sitzungen')
        .whereRaw("(daten->>'kundeId')::int = ?", [await kundeId(kundennummer)])
        .count({ n: '*' })
        .first())!.n,
    );

  const seiteMitCookie = async (pfad: string, cookie: string) =>
    (await fetch(`${app.url}${pfad}`, { headers: { cookie }, redirect: 'manual' })).headers.get('location');

  it('ends the other sessions and open reset links; the session that changed it continues under a new id', async () => {
    const kundennummer = '100D000011';
    await kundeAnlegen(kundennummer);
    const hier = await angemeldet(kundennummer);
    const dort = await angemeldet(kundennummer);
    assert.equal((await dort.holen('/kunde')).status, 200);
    const link = await offenerLink(kundennummer);
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 200, 'the link is open before the change');

    await hier.holen('/kunde/passwort');
    const vorher = hier.cookie;
    const geaendert = await hier.senden('/kunde/passwort', {
      bisher: passwort,
      neu: 'Zweites-eigenes-Passwort-2',
      wiederholung: 'Zweites-eigenes-Passwort-2',
    });
    assert.equal(geaendert.location, '/kunde');
    assert.equal((await dort.holen('/kunde')).response.headers.get('location'), '/anmelden', 'the other session ended');
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 410, 'the open reset link is spent');
    assert.notEqual(hier.cookie, vorher, 'the session continues under a new id');

    const start = await hier.holen('/kunde');
    assert.equal(start.status, 200);
    assert.match(start.html, /Ihr Passwort wurde geändert\./);
    assert.equal(
      (await hier.senden('/kunde/sprache', { sprache: 'de' })).location,
      '/kunde/einstellungen',
      'the CSRF token of the next page is accepted',
    );
    assert.equal(await seiteMitCookie('/kunde', vorher), '/anmelden', 'the old session id opens nothing');
    assert.equal(await sitzungenDes(kundennummer), 1);
  });

  it('ends the other sessions when the initial password is set at first sign-in', async () => {
    const { kundennummer, passwort: erstesPasswort } = demoLogins.kunde;
    const hier = new HttpKunde(app.url);
    const dort = new HttpKunde(app.url);
    for (const client of [hier, dort]) {
      await client.holen('/anmelden');
      assert.equal(
        (await client.senden('/anmelden', { kundennummer, passwort: erstesPasswort })).location,
        '/kunde/passwort',
      );
    }
    const link = await offenerLink(kundennummer);
    await hier.holen('/kunde/passwort');
    const vorher = hier.cookie;
    const gesetzt = await hier.senden('/kunde/passwort', {
      bisher: erstesPasswort,
      neu: 'Paulas-eigenes-Passwort-3',
      wiederholung: 'Paulas-eigenes-Passwort-3',
    });
    assert.equal(gesetzt.location, '/kunde');
    assert.equal(
      (await dort.holen('/kunde/passwort')).response.headers.get('location'),
      '/anmelden',
      'the other session ended',
    );
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 410, 'the open reset link is spent');
    assert.notEqual(hier.cookie, vorher, 'the session continues under a new id');
    assert.equal((await hier.holen('/kunde')).status, 200);
  });

  it('keeps every session and link when the change is refused', async () => {
    const kundennummer = '100D000012';
    await kundeAnlegen(kundennummer);
    const hier = await angemeldet(kundennummer);
    const dort = await angemeldet(kundennummer);
    const link = await offenerLink(kundennummer);
    await hier.holen('/kunde/passwort');
    const vorher = hier.cookie;
    const falsch = await hier.senden('/kunde/passwort', {
      bisher: 'falsch',
      neu: 'Noch-ein-Passwort-5',
      wiederholung: 'Noch-ein-Passwort-5',
    });
    assert.equal(falsch.status, 400);
    assert.equal(hier.cookie, vorher);
    assert.equal((await dort.holen('/kunde')).status, 200);
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 200);
  });

  it('ends every session of the account when a reset link sets the new password', async () => {
    const kundennummer = '100D000013';
    await kundeAnlegen(kundennummer);
    const sitzung = await angemeldet(kundennummer);
    const link = await offenerLink(kundennummer);
    const zweiterLink = await offenerLink(kundennummer);
    const besucher = new HttpKunde(app.url);
    await besucher.holen(link);
    assert.equal(
      (await besucher.senden(link, { neu: 'Drittes-eigenes-Passwort-6', wiederholung: 'Drittes-eigenes-Passwort-6' }))
        .location,
      '/anmelden?neues_passwort',
    );
    assert.equal((await sitzung.holen('/kunde')).response.headers.get('location'), '/anmelden');
    assert.equal((await new HttpKunde(app.url).holen(zweiterLink)).status, 410);
    assert.equal(await sitzungenDes(kundennummer), 0);
  });
});
