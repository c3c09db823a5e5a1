import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { anmeldung } from '../../../domain/anmeldung.js';
import type { TestContext } from '../../support/context.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';

describe('idle sessions', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, app, stop } = await demoApp());
  });
  after(() => stop());

  /** The one signed-in session of the client (sessions are keyed by a hash, so it is found by its data). */
  const sitzungDes = (kundennummer: string) =>
    t.ctx
      .db('sitzungen as s')
      .join('kunden as k', t.ctx.db.raw("k.id = (s.daten->>'kundeId')::int"))
      .where('k.kundennummer', kundennummer)
      .select('s.id', 's.laeuft_ab');

  it('ends a session left idle past its timeout: the next page asks to sign in again', async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort, 'Sitzung-Test-2026');
    assert.equal((await kunde.holen('/kunde/gesendet')).status, 200);
    const [sitzung] = await sitzungDes(demoLogins.zweiterKunde.kundennummer);
    await t.ctx
      .db('sitzungen')
      .where({ id: sitzung.id })
      .update({ laeuft_ab: new Date(Date.now() - 1000) });
    const danach = await kunde.holen('/kunde/gesendet');
    assert.equal(danach.status, 302);
    assert.equal(danach.response.headers.get('location'), '/anmelden');
  });

  it(`keeps an active session alive: a request near the end of the ${anmeldung.idleMinuten} minutes starts them again`, async () => {
    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.haushalt.kundennummer, demoLogins.haushalt.passwort, 'Sitzung-Test-2026');
    const [sitzung] = await sitzungDes(demoLogins.haushalt.kundennummer);
    await t.ctx
      .db('sitzungen')
      .where({ id: sitzung.id })
      .update({ laeuft_ab: new Date(Date.now() + 30_000) });
    assert.equal((await kunde.holen('/kunde')).status, 200);
    const [verlaengert] = await sitzungDes(demoLogins.haushalt.kundennummer);
    const rest = new Date(verlaengert.laeuft_ab).getTime() - Date.now();
    assert.ok(rest > (anmeldung.idleMinuten - 1) * 60_000, `session extended to ${Math.round(rest / 1000)} s`);
  });
});
