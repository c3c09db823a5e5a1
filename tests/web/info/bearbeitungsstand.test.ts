import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoLogins, demoMitarbeiter } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { neueNummer } from '../../../domain/nummern.js';
import { translator } from '../../../web/i18n/index.js';
import { createApp } from '../../../web/app.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { HttpKunde } from '../../support/http-kunde.js';

const TAG = 86_400_000;

describe('the public Bearbeitungsstand page', () => {
  let t: TestContext;
  let server: Server;
  let url: string;
  let kundeId: number;
  // The app's clock: the test moves it instead of waiting for the cache to expire.
  let jetzt = new Date();
  const de = translator('de');

  const offenesDokument = (eingegangen: Date, info: string) => ({
    eingangsnummer: neueNummer('E', eingegangen),
    art: 'dokument',
    kanal: 'kunde',
    kunde_id: kundeId,
    dokumentart: 'Kontoauszüge',
    info,
    status: 'in_bearbeitung',
    teams: ['leistung'],
    eingegangen_am: eingegangen,
    abgelegt_am: new Date(eingegangen.getTime() + 90_000),
    aktualisiert_am: eingegangen,
  });

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    server = createApp(t.ctx, { uhr: () => jetzt }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    await t.close();
  });

  it('is linked from the login page and the footer of public pages, and opens without signing in', async () => {
    const besucher = new HttpKunde(url);
    assert.match((await besucher.holen('/anmelden')).html, /<a href="\/bearbeitungsstand">/);
    assert.match((await besucher.holen('/impressum')).html, /<footer[\s\S]*<a href="\/bearbeitungsstand">/);
    const seite = await besucher.holen('/bearbeitungsstand');
    assert.equal(seite.status, 200);
    assert.match(seite.html, /<h1 class="kern-heading-large">Bearbeitungsstand<\/h1>/);
  });

  it('shows a new older open document only once the minute of the cached figures is over', async () => {
    const besucher = new HttpKunde(url);
    jetzt = new Date(Date.now() + 10 * TAG);
    const vorher = (await besucher.holen('/bearbeitungsstand')).html;
    const eingegangen = new Date(jetzt.getTime() - 9 * TAG);
    const erwartet = de.tf('stand.offen_seit', { datum: de.datum(eingegangen) });
    assert.ok(!vorher.includes(erwartet));
    await t.ctx.db('eingangsdokumente').insert(offenesDokument(eingegangen, 'Monat 3'));

    jetzt = new Date(jetzt.getTime() + 59_000);
    assert.ok(!(await besucher.holen('/bearbeitungsstand')).html.includes(erwartet), 'still the cached figures');
    jetzt = new Date(jetzt.getTime() + 2_000);
    assert.ok((await besucher.holen('/bearbeitungsstand')).html.includes(erwartet), 'recomputed after a minute');
  });

  it('shows no personal data: no names, numbers, e-mail addresses or notes of clients, guests or staff', async () => {
    const eingegangen = new Date(jetzt.getTime() - 11 * TAG);
    const dokument = offenesDokument(eingegangen, 'Notiz Gehalt Oktober');
    await t.ctx.db('eingangsdokumente').insert(dokument);
    const [anliegen] = await t.ctx
      .db('anliegen')
      .insert({ name: 'Antragsabgabe', dauer_minuten: 15, ort: 'Raum E.04', team: 'leistung', oeffentlich: true })
      .returning('id');
    const mitarbeiter = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id');
    const slots = await t.ctx
      .db('termin_slots')
      .insert(
        [1, 2].map((stunden) => ({
          anliegen_id: anliegen.id,
          mitarbeiter_id: mitarbeiter.id,
          beginn: new Date(jetzt.getTime() + stunden * 3_600_000),
          dauer_minuten: 15,
        })),
      )
      .returning(['id', 'beginn']);
    await t.ctx.db('termine').insert({
      slot_id: slots[0].id,
      anliegen_id: anliegen.id,
      beginn: slots[0].beginn,
      gast_name: 'Greta Gastfreund',
      gast_email: 'greta.gastfreund@example.org',
      gast_sprache: 'de',
    });
    jetzt = new Date(jetzt.getTime() + 61_000);

    const { html } = await new HttpKunde(url).holen('/bearbeitungsstand');
    assert.ok(html.includes(de.tf('stand.offen_seit', { datum: de.datum(eingegangen) })));
    assert.ok(html.includes(`href="/termin-buchen?anliegen=${anliegen.id}"`));
    assert.ok(html.includes(de.uhrzeit(new Date(slots[1].beginn))), 'the next free slot is the second one');
    const kunde = await t.ctx.db('kunden').where({ id: kundeId }).first();
    const verboten = [
      demoLogins.kunde.name,
      `${kunde.vorname} ${kunde.nachname}`,
      kunde.kundennummer,
      kunde.bg_nummer,
      kunde.email,
      dokument.eingangsnummer,
      dokument.info,
      'Greta',
      'greta.gastfreund',
      ...demoMitarbeiter.flatMap((m) => [m.vorname, m.nachname, m.email, m.telefon]),
    ].filter(Boolean);
    for (const wort of verboten) assert.ok(!html.includes(wort), `the page shows "${wort}"`);
  });
});
