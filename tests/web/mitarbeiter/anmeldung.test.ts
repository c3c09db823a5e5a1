import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { mitteilungEinreichen } from '../../../services/eingang/einreichen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { warteAufStatus } from '../../support/warten.js';

describe('staff sign in with OpenID Connect at the real embedded provider', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let nurLeistung: string;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    const kunde = {
      absender: { kanal: 'kunde' as const },
      kundennummer: demoLogins.kunde.kundennummer,
      absenderZeilen: ['Paula Portal'],
    };
    ({ eingangsnummer: nurLeistung } = await mitteilungEinreichen(t.ctx, {
      ...kunde,
      bereich: 'leistung',
      betreff: 'Nebenkostenabrechnung',
      notiz: 'liegt bei',
    }));
    await warteAufStatus(t.ctx, nurLeistung, 'weitergeleitet');
  });
  after(() => stoppen());

  it('signs a Leistung member in with PKCE, state and nonce and lands in the Leistung inbox showing the document', async () => {
    const { portal, ziel, status } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    assert.equal(ziel, '/mitarbeiter/postfach/leistung', `status ${status}`);
    const { html } = await portal.holen(ziel);
    assert.match(html, /Angemeldet als Katrin Berger \(Leistung\)/);
    assert.match(html, new RegExp(nurLeistung));
  });

  it('maps team and roles from the claims to the staff record (created or updated by subject)', async () => {
    await t.ctx
      .db('mitarbeiter')
      .where({ oidc_subject: 'demo-vermittlung' })
      .update({ team: 'poststelle', nachname: 'Alt' });
    await mitarbeiterAnmelden(app.url, 'demo-vermittlung');
    const row = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-vermittlung' }).first();
    assert.equal(row.team, 'vermittlung');
    assert.equal(row.nachname, 'Krüger');
  });

  it('refuses a Vermittlung member the Leistung inbox and a Leistung-only document unless it is assigned to them', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-vermittlung');
    assert.equal((await portal.holen('/mitarbeiter/postfach/leistung')).status, 403);
    assert.equal((await portal.holen(`/mitarbeiter/dokument/${nurLeistung}`)).status, 403);
    const vermittler = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-vermittlung' }).first('id');
    await t.ctx.db('eingangsdokumente').where({ eingangsnummer: nurLeistung }).update({ zugewiesen_an: vermittler.id });
    const zugewiesen = await portal.holen(`/mitarbeiter/dokument/${nurLeistung}`);
    assert.equal(zugewiesen.status, 200);
    assert.match(zugewiesen.html, /Nebenkostenabrechnung|Mitteilung/);
    assert.equal((await portal.holen('/mitarbeiter/dokument/E00-GIBT-ES-NICHT')).status, 404);
  });

  it('refuses an account the provider does not know', async () => {
    await assert.rejects(mitarbeiterAnmelden(app.url, 'unbekannt'), /unexpected provider page|status/);
  });

  it('sends anyone without a staff session to the sign-in, and a client session gets no staff page', async () => {
    const { HttpKunde } = await import('../../support/http-kunde.js');
    const besucher = new HttpKunde(app.url);
    const antwort = await besucher.holen('/mitarbeiter/postfach/leistung');
    assert.equal(antwort.status, 302);
    assert.equal(antwort.response.headers.get('location'), '/mitarbeiter/anmelden');
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const alsKundin = await paula.holen('/mitarbeiter/postfach/leistung');
    assert.equal(alsKundin.response.headers.get('location'), '/mitarbeiter/anmelden');
  });

  it('logs out at the portal and at the provider, after which the inbox asks for sign-in again', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-poststelle');
    await portal.holen('/mitarbeiter/postfach/poststelle');
    const abmelden = await portal.senden('/mitarbeiter/abmelden', {});
    assert.equal(abmelden.status, 302);
    const ende = new URL(abmelden.location!);
    assert.equal(ende.origin, t.ctx.config.oidcIssuer);
    assert.equal(ende.searchParams.get('post_logout_redirect_uri'), `${app.url}/mitarbeiter/abgemeldet`);
    assert.ok(ende.searchParams.get('id_token_hint'));
    const danach = await portal.holen('/mitarbeiter/postfach/poststelle');
    assert.equal(danach.response.headers.get('location'), '/mitarbeiter/anmelden');
  });
});
