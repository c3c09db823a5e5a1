import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { neueNummer } from '../../../domain/nummern.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

const TAG = 86_400_000;
const deDatum = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);

describe('"verfügbar bis" in every list, and the Löschsperre staff place and release with a reason (audited)', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let staff: HttpKunde;
  let paula: HttpKunde;
  let eingangsnummer: string;
  let ausgangsnummer: string;
  const erledigtAm = new Date(Date.now() - 10 * TAG);
  const abgerufenAm = new Date(Date.now() - 3 * TAG);

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    ({ portal: staff } = await mitarbeiterAnmelden(app.url, 'demo-leistung'));
    paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const kunde = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    eingangsnummer = neueNummer('E');
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kunde.id,
      dokumentart: 'Lohnabrechnung',
      teams: ['leistung'],
      status: 'erledigt',
      eingegangen_am: new Date(Date.now() - 12 * TAG),
      erledigt_am: erledigtAm,
      aktualisiert_am: erledigtAm,
    });
    ausgangsnummer = neueNummer('A');
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer,
      kunde_id: kunde.id,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Bescheid zur Löschprobe',
      blob_key: 'ausgang/00000000-0000-0000-0000-000000000000',
      sha256: 'x',
      bytes: 1,
      versandstatus: 'abgerufen',
      abgerufen_am: abgerufenAm,
    });
  });
  after(() => stoppen());

  const eingangBis = () => deDatum(new Date(erledigtAm.getTime() + t.ctx.config.loeschfristen.eingang * TAG));
  const briefBis = () => deDatum(new Date(abgerufenAm.getTime() + t.ctx.config.loeschfristen.brief * TAG));

  it('shows the client the date in gesendet and Eingang, and staff in the inbox, document view and letters', async () => {
    assert.ok((await paula.holen('/kunde/gesendet')).html.includes(`verfügbar bis ${eingangBis()}`));
    assert.ok((await paula.holen('/kunde/eingang')).html.includes(`verfügbar bis ${briefBis()}`));
    assert.ok((await staff.holen('/mitarbeiter/postfach/leistung')).html.includes(`verfügbar bis ${eingangBis()}`));
    assert.ok(
      (await staff.holen(`/mitarbeiter/dokument/${eingangsnummer}`)).html.includes(`verfügbar bis ${eingangBis()}`),
    );
    assert.ok((await staff.holen('/mitarbeiter/ausgang')).html.includes(`verfügbar bis ${briefBis()}`));
  });

  it("states the Löschfristen on the Datenschutz page in the reader's language", async () => {
    const html = (await paula.holen('/datenschutz')).html;
    assert.ok(html.includes(`${t.ctx.config.loeschfristen.eingang} Tage nach Abschluss der Bearbeitung`));
    assert.ok(html.includes(`${t.ctx.config.loeschfristen.audit} Tage`));
  });

  it('refuses a hold without reason, places and releases it with one, each audited', async () => {
    await staff.holen(`/mitarbeiter/dokument/${eingangsnummer}`);
    const ohneGrund = await staff.senden(`/mitarbeiter/dokument/${eingangsnummer}/loeschsperre`, {
      aktion: 'setzen',
      grund: ' ',
    });
    assert.equal(ohneGrund.status, 400);

    const setzen = await staff.senden(`/mitarbeiter/dokument/${eingangsnummer}/loeschsperre`, {
      aktion: 'setzen',
      grund: 'Klage anhängig',
    });
    assert.equal(setzen.status, 302);
    const ansicht = (await staff.holen(`/mitarbeiter/dokument/${eingangsnummer}`)).html;
    assert.match(ansicht, /Löschsperre \(bis zur Freigabe\)/);
    assert.match(ansicht, /Klage anhängig/);
    assert.match((await paula.holen('/kunde/gesendet')).html, /verfügbar bis auf Weiteres/);

    const nochmal = await staff.senden(`/mitarbeiter/dokument/${eingangsnummer}/loeschsperre`, {
      aktion: 'setzen',
      grund: 'doppelt',
    });
    assert.equal(nochmal.status, 409);

    await staff.holen(`/mitarbeiter/dokument/${eingangsnummer}`);
    const aufheben = await staff.senden(`/mitarbeiter/dokument/${eingangsnummer}/loeschsperre`, {
      aktion: 'aufheben',
      grund: 'Klage zurückgenommen',
    });
    assert.equal(aufheben.status, 302);
    assert.ok((await paula.holen('/kunde/gesendet')).html.includes(`verfügbar bis ${eingangBis()}`));

    await staff.holen('/mitarbeiter/ausgang');
    const brief = await staff.senden(`/mitarbeiter/ausgang/${ausgangsnummer}/loeschsperre`, {
      aktion: 'setzen',
      grund: 'Akteneinsicht beantragt',
    });
    assert.equal(brief.status, 302);
    assert.match((await paula.holen('/kunde/eingang')).html, /verfügbar bis auf Weiteres/);

    const staffId = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id')).id;
    const eintraege = await t.ctx
      .db('audit_log')
      .whereIn('aktion', ['loeschsperre_setzen', 'loeschsperre_aufheben'])
      .orderBy('id')
      .select('aktion', 'mitarbeiter_id', 'eingangsnummer', 'ausgangsnummer', 'details');
    assert.deepEqual(
      eintraege.map((e) => [e.aktion, e.mitarbeiter_id, e.eingangsnummer ?? e.ausgangsnummer, e.details.grund]),
      [
        ['loeschsperre_setzen', staffId, eingangsnummer, 'Klage anhängig'],
        ['loeschsperre_aufheben', staffId, eingangsnummer, 'Klage zurückgenommen'],
        ['loeschsperre_setzen', staffId, ausgangsnummer, 'Akteneinsicht beantragt'],
      ],
    );
  });
});
