import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { waitUntil } from '../../../platform/wait.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { lesen } from '../../support/mails.js';
import { runWorkers } from '../../support/workers.js';

describe('Passwort vergessen: a single-use link by e-mail, valid for 30 minutes', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };

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

  async function anfordern(kundennummer: string) {
    const besucher = new HttpKunde(app.url);
    await besucher.holen('/passwort-vergessen');
    const antwort = await besucher.senden('/passwort-vergessen', { kundennummer });
    return { antwort, seite: await besucher.holen(antwort.location ?? '/passwort-vergessen') };
  }

  async function linkAusMail(an: string): Promise<string> {
    let link = '';
    await waitUntil(
      'reset mail',
      async () => {
        const mails = await lesen(t.mails.received.filter((m) => m.to.includes(an)));
        link = /\/passwort-neu\/[A-Za-z0-9_-]+/.exec(mails.at(-1)?.text ?? '')?.[0] ?? '';
        return link !== '';
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    return link;
  }

  it('answers the same for an unknown Kundennummer as for a known one, and mails only the known', async () => {
    const bekannt = await anfordern(demoLogins.kunde.kundennummer);
    const unbekannt = await anfordern('999X999999');
    assert.equal(bekannt.antwort.location, '/passwort-vergessen?angefordert');
    assert.equal(unbekannt.antwort.location, bekannt.antwort.location);
    const ohneToken = (html: string) =>
      html.replace(/value="[^"]+"/g, '').replace(/X-CSRF-Token&quot;:&quot;[^&]+/g, '');
    assert.equal(ohneToken(unbekannt.seite.html), ohneToken(bekannt.seite.html));
    const link = await linkAusMail('paula.portal@example.org');
    assert.ok(link);
    const mails = await lesen(t.mails.received);
    assert.ok(
      mails.every(
        (m) => !m.subject.includes(demoLogins.kunde.kundennummer) && !m.text.includes(demoLogins.kunde.kundennummer),
      ),
      'no Kundennummer in the mail',
    );
    const gestartet = await t.ctx.db('passwort_links').count({ n: '*' }).first();
    assert.equal(Number(gestartet!.n), 1, 'only the known account got a link');
  });

  it('sets a new password through the link once; the link then stops working and the old password too', async () => {
    t.mails.received.length = 0;
    await anfordern(demoLogins.zweiterKunde.kundennummer);
    const link = await linkAusMail('max.mustermann@example.org');
    const besucher = new HttpKunde(app.url);
    const formular = await besucher.holen(link);
    assert.equal(formular.status, 200);
    assert.match(formular.html, /Neues Passwort festlegen/);
    const kurz = await besucher.senden(link, { neu: 'kurz', wiederholung: 'kurz' });
    assert.equal(kurz.status, 400);
    assert.match(kurz.html, /zu kurz/);
    const gesetzt = await besucher.senden(link, {
      neu: 'Ganz-neues-Passwort-7',
      wiederholung: 'Ganz-neues-Passwort-7',
    });
    assert.equal(gesetzt.location, '/anmelden?neues_passwort');
    assert.equal((await besucher.holen(link)).status, 410, 'the link is spent');
    assert.equal(
      (await besucher.senden(link, { neu: 'Noch-ein-Passwort-8', wiederholung: 'Noch-ein-Passwort-8' })).status,
      410,
    );

    const alt = new HttpKunde(app.url);
    await alt.holen('/anmelden');
    assert.equal(
      (
        await alt.senden('/anmelden', {
          kundennummer: demoLogins.zweiterKunde.kundennummer,
          passwort: demoLogins.zweiterKunde.passwort,
        })
      ).status,
      401,
    );
    const neu = new HttpKunde(app.url);
    await neu.holen('/anmelden');
    assert.equal(
      (
        await neu.senden('/anmelden', {
          kundennummer: demoLogins.zweiterKunde.kundennummer,
          passwort: 'Ganz-neues-Passwort-7',
        })
      ).location,
      '/kunde',
    );
  });

  it("writes the mail in the client's language and refuses its link once older than 30 minutes", async () => {
    t.mails.received.length = 0;
    await t.ctx.db('kunden').where({ kundennummer: demoLogins.haushalt.kundennummer }).update({ sprache: 'uk' });
    await anfordern(demoLogins.haushalt.kundennummer);
    const link = await linkAusMail('pia.portal@example.org');
    const [mail] = await lesen(t.mails.received);
    assert.equal(mail!.subject, 'Новий пароль для порталу Jobcenter');
    assert.match(mail!.text, /30 хвилин/);
    await t.ctx
      .db('passwort_links')
      .whereNull('benutzt_am')
      .update({ gueltig_bis: t.ctx.db.raw("now() - interval '1 second'") });
    const besucher = new HttpKunde(app.url);
    const seite = await besucher.holen(link);
    assert.equal(seite.status, 410);
    assert.match(seite.html, /abgelaufen/);
  });

  it('refuses an invented token', async () => {
    assert.equal((await new HttpKunde(app.url).holen('/passwort-neu/erfunden')).status, 410);
  });

  it('asks for the Kundennummer when the field is empty', async () => {
    const { antwort } = await anfordern('  ');
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Bitte geben Sie Ihre Kundennummer ein/);
  });
});
