import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { closeAppContext, type AppContext } from '../../../platform/context.js';
import { sprachen, translator } from '../../../web/i18n/index.js';
import type { TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { demoApp, startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { freePort } from '../../support/ports.js';

describe('a submission while PostgreSQL is unavailable stores nothing half', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  let kunde: HttpKunde;
  /** The same web side, but its PostgreSQL is gone (nothing listens on its port). */
  let ohneDb: AppContext;
  let appOhneDb: RunningApp;

  before(async () => {
    ({ t, app, stop } = await demoApp());
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    await kunde.holen('/kunde/dokument-senden');
    ohneDb = t.weitererProzess({ databaseUrl: `postgres://jobcenter:x@127.0.0.1:${await freePort()}/jobcenter` });
    appOhneDb = await startApp(ohneDb);
  });
  after(async () => {
    await appOhneDb.close();
    await closeAppContext(ohneDb);
    await stop();
  });

  const blobs = async () =>
    (await readdir(path.join(t.ctx.config.dataDir, 'blobs'), { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((eintrag) => eintrag.isFile())
      .map((datei) => path.join(datei.parentPath, datei.name))
      .sort();
  const eingaenge = async () => Number((await t.ctx.db('eingangsdokumente').count({ n: '*' }).first())!.n);

  async function dokumentSenden(basis: string, sprache?: string): Promise<Response> {
    const form = new FormData();
    form.set('_csrf', kunde.csrf);
    form.set('dokumentart', 'Lohnabrechnung');
    form.append('datei1', new Blob([Buffer.from(await pdfMitSeiten(1))]), 'lohn.pdf');
    const headers: Record<string, string> = { cookie: kunde.cookie, accept: 'text/html' };
    if (sprache) headers['accept-language'] = sprache;
    return fetch(`${basis}/kunde/dokument-senden`, { method: 'POST', body: form, headers, redirect: 'manual' });
  }

  it('answers 503 "try again in a few minutes" in the user\'s language while PostgreSQL is unreachable, storing nothing', async () => {
    const vorher = { blobs: await blobs(), eingaenge: await eingaenge() };
    for (const sprache of sprachen) {
      const antwort = await dokumentSenden(appOhneDb.url, `${sprache};q=0.9,xx;q=0.1`);
      assert.equal(antwort.status, 503, sprache);
      assert.ok(Number(antwort.headers.get('retry-after')) > 0);
      const html = await antwort.text();
      assert.ok(html.includes(translator(sprache).t('fehler.nicht_erreichbar')), `${sprache}: ${html.slice(0, 300)}`);
      assert.match(html, new RegExp(`<html[^>]* lang="${sprache}"`));
    }
    assert.deepEqual({ blobs: await blobs(), eingaenge: await eingaenge() }, vorher);
  });

  it('removes the files it stored when PostgreSQL goes away at the insert, and answers 503', async () => {
    const vorher = { blobs: await blobs(), eingaenge: await eingaenge() };
    await t.ctx.db.raw(`
      create function ausfall() returns trigger language plpgsql as $$
      begin raise exception 'terminating connection due to administrator command' using errcode = 'admin_shutdown'; end $$;
      create trigger ausfall before insert on eingangsdokumente for each row execute function ausfall();`);
    try {
      const antwort = await dokumentSenden(app.url);
      assert.equal(antwort.status, 503);
      assert.ok((await antwort.text()).includes(translator('de').t('fehler.nicht_erreichbar')));
    } finally {
      await t.ctx.db.raw('drop trigger ausfall on eingangsdokumente; drop function ausfall();');
    }
    assert.deepEqual({ blobs: await blobs(), eingaenge: await eingaenge() }, vorher);
  });
});
