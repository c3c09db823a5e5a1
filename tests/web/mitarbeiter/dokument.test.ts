import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { dokumentEinreichen } from '../../../services/eingang/einreichen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import { foto } from '../../support/dateien.js';
import type { RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { warteAufStatus } from '../../support/warten.js';

describe('staff open a document, act on it through the workflow, and every access is audited', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let poststelle: HttpKunde;
  let leistung: HttpKunde;
  let sonstiges: string;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    ({ eingangsnummer: sonstiges } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Sonstiges',
      dateien: [await foto()],
    }));
    await warteAufStatus(t.ctx, sonstiges, 'weitergeleitet');
    ({ portal: poststelle } = await mitarbeiterAnmelden(app.url, 'demo-poststelle'));
    ({ portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung'));
  });
  after(() => stoppen());

  const audit = (aktion: string) => t.ctx.db('audit_log').where({ eingangsnummer: sonstiges, aktion });

  it('shows a Sonstiges document in the Poststelle inbox and its view with the PDF, DMS reference and Temporal UI link, audited', async () => {
    assert.match((await poststelle.holen('/mitarbeiter/postfach/poststelle')).html, new RegExp(sonstiges));
    const { status, html } = await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}`);
    assert.equal(status, 200);
    assert.match(html, /In der Temporal UI öffnen/);
    assert.match(html, new RegExp(`/namespaces/jobcenter/workflows/${sonstiges}`));
    assert.match(html, /DMS-Referenz<\/dt><dd class="kern-description-list-item__value">(?!–)/);
    const pdf = await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}/pdf`);
    assert.equal(pdf.response.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.response.headers.get('content-disposition'), `attachment; filename="${sonstiges}.pdf"`);
    const inline = await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}/pdf?ansicht=1`);
    assert.match(inline.response.headers.get('content-disposition')!, /^inline/);
    assert.equal((await audit('ansehen')).length, 1);
    assert.equal((await audit('herunterladen')).length, 2);
  });

  it("refuses a reroute without a reason with the validator's message and changes nothing", async () => {
    await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}`);
    const antwort = await poststelle.senden(`/mitarbeiter/dokument/${sonstiges}/bereich`, {
      bereich: 'leistung',
      grund: '',
    });
    assert.equal(antwort.status, 409);
    assert.match(antwort.html, /Bitte einen Grund angeben/);
    const row = await t.ctx.db('eingangsdokumente').where({ eingangsnummer: sonstiges }).first('teams');
    assert.deepEqual(row.teams, ['poststelle']);
  });

  it('reroutes Sonstiges from Poststelle to Leistung with a reason; Leistung then takes it over and finishes it', async () => {
    await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}`);
    const umleiten = await poststelle.senden(`/mitarbeiter/dokument/${sonstiges}/bereich`, {
      bereich: 'leistung',
      grund: 'Nachweis zur Leistung',
    });
    assert.equal(umleiten.status, 302);
    await warteAufStatus(t.ctx, sonstiges, 'weitergeleitet');
    assert.deepEqual((await t.ctx.db('eingangsdokumente').where({ eingangsnummer: sonstiges }).first('teams')).teams, [
      'leistung',
    ]);
    assert.equal(
      (await poststelle.holen(`/mitarbeiter/dokument/${sonstiges}`)).status,
      403,
      'no longer the Poststelle\u2019s',
    );

    await leistung.holen(`/mitarbeiter/dokument/${sonstiges}`);
    assert.equal((await leistung.senden(`/mitarbeiter/dokument/${sonstiges}/uebernehmen`, {})).status, 302);
    await warteAufStatus(t.ctx, sonstiges, 'in_bearbeitung');
    assert.match(
      (await leistung.holen(`/mitarbeiter/dokument/${sonstiges}`)).html,
      /Sie haben das Dokument übernommen/,
    );
    assert.equal((await leistung.senden(`/mitarbeiter/dokument/${sonstiges}/erledigen`, {})).status, 302);
    await warteAufStatus(t.ctx, sonstiges, 'erledigt');
    const konflikt = await leistung.senden(`/mitarbeiter/dokument/${sonstiges}/erledigen`, {});
    assert.equal(konflikt.status, 409, 'a finished document cannot be finished again');
    for (const aktion of ['bereich_aendern', 'uebernehmen', 'erledigen'])
      assert.equal((await audit(aktion)).length, 1, aktion);
  });

  it('refuses an action without the CSRF token', async () => {
    const response = await fetch(`${app.url}/mitarbeiter/dokument/${sonstiges}/erledigen`, {
      method: 'POST',
      headers: { cookie: leistung.cookie, accept: 'text/html' },
      redirect: 'manual',
    });
    assert.equal(response.status, 403);
  });
});
