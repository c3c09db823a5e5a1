import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import { keinDokument, pdfMitSeiten } from '../../support/dateien.js';
import type { RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { partnerAnmelden } from '../../support/partner.js';

describe('Formulare: staff provide PDF forms that partners download', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let poststelle: HttpKunde;
  let anna: HttpKunde;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    ({ portal: poststelle } = await mitarbeiterAnmelden(app.url, 'demo-poststelle'));
    anna = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
  });
  after(() => stoppen());

  const hochladen = async (client: HttpKunde, titel: string, bytes: Uint8Array) => {
    await client.holen('/mitarbeiter/formulare');
    return client.senden('/mitarbeiter/formulare', { titel, beschreibung: 'Monatlich einreichen' }, [
      { feld: 'datei', name: 'formular.pdf', bytes },
    ]);
  };

  it('uploads a PDF form that staff list with its size and download, and partners then see and download', async () => {
    const pdf = await pdfMitSeiten(1);
    const antwort = await hochladen(poststelle, 'Anwesenheitsliste Maßnahme', pdf);
    assert.equal(antwort.location, '/mitarbeiter/formulare');
    const pflege = (await poststelle.holen('/mitarbeiter/formulare')).html;
    assert.match(pflege, /steht den Partnern jetzt zur Verfügung/);
    assert.match(pflege, /<td class="kern-table__cell" data-label="Titel">Anwesenheitsliste Maßnahme<\/td>/);
    assert.match(pflege, /<td class="kern-table__cell" data-label="Größe">\d+ KB<\/td>/);
    const eigenerLink = /\/mitarbeiter\/formulare\/(\d+)\/pdf/.exec(pflege)![0];
    const eigener = await poststelle.holen(eigenerLink);
    assert.equal(eigener.response.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(new Uint8Array(await eigener.response.arrayBuffer()), new Uint8Array(pdf));
    const liste = (await anna.holen('/partner/formulare')).html;
    assert.match(liste, /Anwesenheitsliste Maßnahme/);
    assert.match(liste, /Monatlich einreichen/);
    const id = /\/partner\/formulare\/(\d+)\/pdf/.exec(liste)![1];
    const download = await anna.holen(`/partner/formulare/${id}/pdf`);
    assert.equal(download.response.headers.get('content-type'), 'application/pdf');
  });

  it('refuses a file that is not a PDF, a missing or too long title and a too long description, storing nothing', async () => {
    const vorher = (await t.ctx.db('formulare')).length;
    const antwort = await hochladen(poststelle, '', keinDokument);
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Die Datei ist kein PDF/);
    assert.match(antwort.html, /Bitte einen Titel angeben/);
    const zuLang = await poststelle.senden(
      '/mitarbeiter/formulare',
      { titel: 'T'.repeat(201), beschreibung: 'B'.repeat(1001) },
      [{ feld: 'datei', name: 'formular.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(zuLang.status, 400);
    assert.match(zuLang.html, /höchstens 200 Zeichen/);
    assert.match(zuLang.html, /Die Beschreibung ist zu lang/);
    assert.equal((await t.ctx.db('formulare')).length, vorher);
  });

  it('lets Leistung see the forms but not upload or remove them', async () => {
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    const seite = await leistung.holen('/mitarbeiter/formulare');
    assert.equal(seite.status, 200);
    assert.match(seite.html, /Teilnahmebestätigung/);
    assert.doesNotMatch(seite.html, /Formular bereitstellen|Entfernen/);
    const vorher = (await t.ctx.db('formulare')).length;
    assert.equal((await hochladen(leistung, 'Fremd', await pdfMitSeiten(1))).status, 403);
    const formular = await t.ctx.db('formulare').whereNull('entfernt_am').first('id');
    assert.equal((await leistung.senden(`/mitarbeiter/formulare/${formular.id}/entfernen`, {})).status, 403);
    assert.equal((await t.ctx.db('formulare')).length, vorher);
    assert.equal((await t.ctx.db('formulare').where({ id: formular.id }).first('entfernt_am')).entfernt_am, null);
  });

  it('removes a form: partners no longer see or download it', async () => {
    const formular = await t.ctx
      .db('formulare')
      .where({ titel: 'Anwesenheitsliste Maßnahme' })
      .whereNull('entfernt_am')
      .first('id');
    await poststelle.holen('/mitarbeiter/formulare');
    const antwort = await poststelle.senden(`/mitarbeiter/formulare/${formular.id}/entfernen`, {});
    assert.equal(antwort.location, '/mitarbeiter/formulare');
    assert.doesNotMatch((await anna.holen('/partner/formulare')).html, /Anwesenheitsliste Maßnahme/);
    assert.equal((await anna.holen(`/partner/formulare/${formular.id}/pdf`)).status, 404);
  });
});
