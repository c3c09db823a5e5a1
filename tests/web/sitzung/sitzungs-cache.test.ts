// Web processes remember loaded sessions; PostgreSQL's messages make every process forget a session that changed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { pgBenachrichtigungen } from '../../../platform/pg-benachrichtigungen.js';
import { waitUntil } from '../../../platform/wait.js';
import { sitzungsCache } from '../../../web/sitzung/sitzungs-cache.js';
import type { TestContext } from '../../support/context.js';
import { demoApp, startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';

const bald = { timeoutMs: 2_000, intervalMs: 20 };

describe('sessions remembered per web process', () => {
  let t: TestContext;
  let a: RunningApp;
  let b: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, app: a, stop } = await demoApp());
    // A second web process: its own Koa app and session cache, the same database.
    b = await startApp(t.ctx);
  });
  after(async () => {
    await b.close();
    await stop();
  });

  /** A page of process B with the given session cookie, without following redirects. */
  const beiB = async (cookie: string, pfad = '/kunde') =>
    (await fetch(`${b.url}${pfad}`, { headers: { cookie }, redirect: 'manual' })).status;
  /** Signed in through A; B has loaded the session once it settled, so B remembers it. */
  const angemeldet = async (kundennummer: string, passwort: string) => {
    const kunde = new HttpKunde(a.url);
    await kunde.anmelden(kundennummer, passwort, 'Cache-Test-2026');
    // The first page takes the sign-in's message out of the session (a change). The messages of these changes arrive
    // within milliseconds; a load overlapping one is not remembered.
    await kunde.holen('/kunde');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await beiB(kunde.cookie), 200);
    return kunde;
  };

  it('serves a remembered session without reading it again, and forgets it when PostgreSQL reports its change', async () => {
    const kunde = await angemeldet(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    // Expired behind the cache's back (no trigger fires in replica mode): B still has the session as it loaded it.
    await t.ctx.db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx('sitzungen').update({ laeuft_ab: new Date(Date.now() - 1000) });
    });
    assert.equal(await beiB(kunde.cookie), 200);
    await t.ctx.db.raw(`select pg_notify('sitzung_geaendert', '*')`);
    await waitUntil('B refuses the expired session', async () => (await beiB(kunde.cookie)) === 302, bald);
  });

  it('refuses in another process a session signed out through this one', async () => {
    const kunde = await angemeldet(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const cookie = kunde.cookie;
    assert.equal((await kunde.senden('/abmelden', {})).status, 302);
    await waitUntil('B refuses the signed-out session', async () => (await beiB(cookie)) === 302, bald);
  });

  it('signs a deactivated client out in every process', async () => {
    const kunde = await angemeldet(demoLogins.haushalt.kundennummer, demoLogins.haushalt.passwort);
    await t.ctx.db('kunden').where({ kundennummer: demoLogins.haushalt.kundennummer }).update({ aktiv: false });
    try {
      await waitUntil('B refuses the deactivated client', async () => (await beiB(kunde.cookie)) === 302, bald);
    } finally {
      await t.ctx.db('kunden').where({ kundennummer: demoLogins.haushalt.kundennummer }).update({ aktiv: true });
    }
  });

  it('remembers nothing while the connection that hears the changes is down, nor a load that overlapped a change', async () => {
    const benachrichtigungen = pgBenachrichtigungen(t.databaseUrl, t.ctx.log);
    const cache = sitzungsCache<string>(benachrichtigungen);
    try {
      const merkt = () => {
        cache.merken('s1', 'zeile', cache.stand());
        return cache.holen('s1') === 'zeile';
      };
      await waitUntil('listening', async () => merkt(), bald);
      const stand = cache.stand();
      await t.ctx.db.raw(`select pg_notify('sitzung_geaendert', 'andere')`);
      await waitUntil('message heard', async () => cache.stand() !== stand, bald);
      cache.merken('s2', 'zeile', stand);
      assert.equal(cache.holen('s2'), undefined, 'loaded before a message arrived: not remembered');
      await t.ctx.db.raw(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query like 'listen %' and pid <> pg_backend_pid()`,
      );
      await waitUntil('connection lost', async () => cache.holen('s1') === undefined, bald);
      // Listening again after about a second; from then on sessions are remembered again.
      await waitUntil('listening again', async () => merkt(), { timeoutMs: 5_000, intervalMs: 50 });
    } finally {
      await benachrichtigungen.close();
    }
  });
});
