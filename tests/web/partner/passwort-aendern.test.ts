import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { linkTokenHash, neuesLinkToken } from '../../../domain/passwort-link.js';
import type { TestContext } from '../../support/context.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { organisationAnlegen, partnerAnmelden } from '../../support/partner.js';

describe("a partner user's new password ends every other way into the account", () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, app, stop } = await demoApp());
  });
  after(() => stop());

  /** An open "Passwort vergessen" link of the user, stored as the mail activity stores it. */
  async function offenerLink(benutzerId: number): Promise<string> {
    const token = neuesLinkToken();
    await t.ctx.db('partner_passwort_links').insert({
      token_hash: linkTokenHash(token),
      partner_benutzer_id: benutzerId,
      zweck: 'vergessen',
      gueltig_bis: new Date(Date.now() + 30 * 60_000),
    });
    return `/partner/passwort-neu/${token}`;
  }

  it('ends the other sessions and open reset links; the session that changed it continues under a new id', async () => {
    const admin = { email: 'leitung@sued.example', passwort: 'Sued-Passwort-2026' };
    const { adminId } = await organisationAnlegen(t.ctx, 'Beratung Süd', admin);
    const hier = await partnerAnmelden(app.url, admin.email, admin.passwort);
    const dort = await partnerAnmelden(app.url, admin.email, admin.passwort);
    assert.equal((await dort.holen('/partner')).status, 200);
    const link = await offenerLink(adminId);
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 200, 'the link is open before the change');

    await hier.holen('/partner/passwort');
    const vorher = hier.cookie;
    const geaendert = await hier.senden('/partner/passwort', {
      bisher: admin.passwort,
      neu: 'Neues-Sued-Passwort-1',
      wiederholung: 'Neues-Sued-Passwort-1',
    });
    assert.equal(geaendert.location, '/partner/einstellungen');
    assert.equal(
      (await dort.holen('/partner')).response.headers.get('location'),
      '/partner/anmelden',
      'the other session ended',
    );
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 410, 'the open reset link is spent');
    assert.notEqual(hier.cookie, vorher, 'the session continues under a new id');

    const einstellungen = await hier.holen('/partner/einstellungen');
    assert.equal(einstellungen.status, 200);
    assert.match(einstellungen.html, /Ihr Passwort wurde geändert\./);
    assert.equal(
      (await hier.senden('/partner/sprache', { sprache: 'de' })).location,
      '/partner/einstellungen',
      'the CSRF token of the next page is accepted',
    );
    const alt = await fetch(`${app.url}/partner`, { headers: { cookie: vorher }, redirect: 'manual' });
    assert.equal(alt.headers.get('location'), '/partner/anmelden', 'the old session id opens nothing');
    const sitzungen = await t.ctx
      .db('sitzungen')
      .whereRaw("(daten->>'partnerBenutzerId')::int = ?", [adminId])
      .count({ n: '*' })
      .first();
    assert.equal(Number(sitzungen!.n), 1);
  });

  it('keeps every session and link when the change is refused', async () => {
    const admin = { email: 'leitung@west.example', passwort: 'West-Passwort-2026' };
    const { adminId } = await organisationAnlegen(t.ctx, 'Beratung West', admin);
    const hier = await partnerAnmelden(app.url, admin.email, admin.passwort);
    const dort = await partnerAnmelden(app.url, admin.email, admin.passwort);
    const link = await offenerLink(adminId);
    await hier.holen('/partner/passwort');
    const vorher = hier.cookie;
    const zuKurz = await hier.senden('/partner/passwort', {
      bisher: admin.passwort,
      neu: 'kurz',
      wiederholung: 'kurz',
    });
    assert.equal(zuKurz.status, 400);
    assert.equal(hier.cookie, vorher);
    assert.equal((await dort.holen('/partner')).status, 200);
    assert.equal((await new HttpKunde(app.url).holen(link)).status, 200);
  });

  it('ends every session of the account when a reset link sets the new password', async () => {
    const admin = { email: 'leitung@ost.example', passwort: 'Ost-Passwort-2026' };
    const { adminId } = await organisationAnlegen(t.ctx, 'Beratung Ost', admin);
    const sitzung = await partnerAnmelden(app.url, admin.email, admin.passwort);
    const link = await offenerLink(adminId);
    const zweiterLink = await offenerLink(adminId);
    const besucher = new HttpKunde(app.url);
    await besucher.holen(link);
    assert.equal(
      (await besucher.senden(link, { neu: 'Neues-Ost-Passwort-1', wiederholung: 'Neues-Ost-Passwort-1' })).location,
      '/partner/anmelden?neues_passwort',
    );
    assert.equal((await sitzung.holen('/partner')).response.headers.get('location'), '/partner/anmelden');
    assert.equal((await new HttpKunde(app.url).holen(zweiterLink)).status, 410);
  });
});
