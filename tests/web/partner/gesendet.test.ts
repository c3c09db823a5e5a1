import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startApp, type RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { organisationAnlegen, partnerAnmelden } from '../../support/partner.js';

/** Reads the semicolon CSV the export writes (quoted cells may hold ; " and line breaks). */
function csvLesen(text: string): string[][] {
  const zeilen: string[][] = [];
  let zeile: string[] = [];
  let zelle = '';
  let zitiert = false;
  const zelleEnde = () => {
    zeile.push(zelle);
    zelle = '';
  };
  for (let i = 0; i < text.length; i++) {
    const z = text[i]!;
    if (zitiert) {
      if (z === '"' && text[i + 1] === '"') {
        zelle += '"';
        i++;
      } else if (z === '"') zitiert = false;
      else zelle += z;
    } else if (z === '"') zitiert = true;
    else if (z === ';') zelleEnde();
    else if (z === '\r' && text[i + 1] === '\n') {
      zelleEnde();
      zeilen.push(zeile);
      zeile = [];
      i++;
    } else zelle += z;
  }
  if (zelle || zeile.length) {
    zelleEnde();
    zeilen.push(zeile);
  }
  return zeilen;
}

const nummernIn = (html: string) =>
  [...html.matchAll(/<td class="kern-table__cell" data-label="Eingangsnummer">(E-TEST-\d+)<\/td>/g)].map((m) => m[1]);

describe('partner gesendet: search, sort and paging on the server; exports hold exactly the filtered list', () => {
  let t: TestContext;
  let app: RunningApp;
  let anna: HttpKunde;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    const partner = await t.ctx.db('partner').first('id');
    const benutzer = await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).first('id');
    const kunden = await t.ctx
      .db('kunden')
      .whereIn('kundennummer', [demoLogins.kunde.kundennummer, demoLogins.zweiterKunde.kundennummer])
      .orderBy('kundennummer')
      .select('id');
    const basis = Date.parse('2026-10-01T08:00:00Z');
    // 30 submissions straight into the projection: E-TEST-01 is the oldest; every third is for Max, with Info "Kurs; Modul \"B\"".
    const zeilen = Array.from({ length: 30 }, (_, i) => ({
      eingangsnummer: `E-TEST-${String(i + 1).padStart(2, '0')}`,
      art: 'dokument',
      kanal: 'partner',
      kunde_id: kunden[i % 3 === 2 ? 1 : 0]!.id,
      partner_id: partner.id,
      partner_benutzer_id: benutzer.id,
      kunde_berechtigt: true,
      dokumentart: i % 2 === 0 ? 'Maßnahmebericht' : 'Anwesenheitsnachweis',
      info: i % 3 === 2 ? 'Kurs; Modul "B"' : `Woche ${i + 1}`,
      teams: ['vermittlung'],
      status: i % 5 === 0 ? 'erledigt' : 'weitergeleitet',
      dateien: 1,
      eingegangen_am: new Date(basis + i * 3_600_000),
      aktualisiert_am: new Date(basis + i * 3_600_000),
    }));
    await t.ctx.db('eingangsdokumente').insert(zeilen);
    // Another organisation's submission for Paula must never show up.
    const andere = await organisationAnlegen(
      t.ctx,
      'Andere Stelle',
      { email: 'a@andere.example', passwort: 'Andere-Stelle-2026' },
      [demoLogins.kunde.kundennummer],
    );
    await t.ctx.db('eingangsdokumente').insert({
      ...zeilen[0],
      eingangsnummer: 'E-TEST-99',
      partner_id: andere.partnerId,
      partner_benutzer_id: andere.adminId,
    });
    app = await startApp(t.ctx);
    anna = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it('shows 25 per page, newest first, with "Zeige N Einträge" and the count', async () => {
    const { html } = await anna.holen('/partner/gesendet');
    const nummern = nummernIn(html);
    assert.equal(nummern.length, 25);
    assert.equal(nummern[0], 'E-TEST-30');
    assert.equal(nummern[24], 'E-TEST-06');
    assert.match(html, /1–25 von 30 Einträgen/);
    assert.match(html, /<option value="10">Zeige 10 Einträge<\/option>/);
    assert.doesNotMatch(html, /E-TEST-99/);
    for (const spalte of ['Erstelldatum', 'Versandstatus', 'Empfänger', 'Bereich', 'Name', 'Info'])
      assert.match(html, new RegExp(`>${spalte}`));
  });

  it('pages with the chosen page size and keeps the filter in the links', async () => {
    const { html } = await anna.holen('/partner/gesendet?anzahl=10&seite=3');
    assert.deepEqual(nummernIn(html), [
      'E-TEST-10',
      'E-TEST-09',
      'E-TEST-08',
      'E-TEST-07',
      'E-TEST-06',
      'E-TEST-05',
      'E-TEST-04',
      'E-TEST-03',
      'E-TEST-02',
      'E-TEST-01',
    ]);
    assert.match(html, /href="\/partner\/gesendet\?anzahl=10&amp;seite=2" rel="prev"/);
  });

  it('sorts on the server by a column, both ways', async () => {
    const auf = nummernIn((await anna.holen('/partner/gesendet?sortierung=erstelldatum&richtung=auf&anzahl=10')).html);
    assert.equal(auf[0], 'E-TEST-01');
    const status = (await anna.holen('/partner/gesendet?sortierung=versandstatus&richtung=auf&anzahl=100')).html;
    const reihenfolge = [
      ...status.matchAll(
        /<td class="kern-table__cell" data-label="Versandstatus">.*?<span class="kern-label">([^<]+)<\/span>/g,
      ),
    ].map((m) => m[1]);
    assert.deepEqual(reihenfolge.slice(0, 6), Array(6).fill('erledigt'));
    assert.match(status, /aria-sort="ascending"/);
  });

  it('searches by Kundennummer, name or Info, ignoring an injected wildcard', async () => {
    const max = nummernIn(
      (await anna.holen(`/partner/gesendet?suche=${encodeURIComponent('Mustermann')}&anzahl=100`)).html,
    );
    assert.equal(max.length, 10);
    assert.equal(
      nummernIn((await anna.holen(`/partner/gesendet?suche=${demoLogins.zweiterKunde.kundennummer}&anzahl=100`)).html)
        .length,
      10,
    );
    assert.equal(nummernIn((await anna.holen('/partner/gesendet?suche=Woche%2013')).html).length, 1);
    assert.equal(
      nummernIn((await anna.holen('/partner/gesendet?suche=%25')).html).length,
      0,
      '% is a character, not a wildcard',
    );
  });

  it('exports the filtered list as CSV with every matching row, not just the page', async () => {
    const antwort = await anna.holen(`/partner/gesendet/export.csv?suche=Mustermann&anzahl=10`);
    assert.equal(antwort.status, 200);
    assert.match(
      antwort.response.headers.get('content-disposition') ?? '',
      /attachment; filename="gesendet-\d{4}-\d\d-\d\d\.csv"/,
    );
    const zeilen = csvLesen(antwort.html.replace(/^\uFEFF/, ''));
    assert.deepEqual(zeilen[0], [
      'Erstelldatum',
      'Versandstatus',
      'Empfänger',
      'Bereich',
      'Kunde',
      'Name',
      'Info',
      'Eingangsnummer',
      'Gesendet von',
      'Verfügbarkeit',
    ]);
    assert.equal(zeilen.length, 11);
    assert.deepEqual(zeilen[1]!.slice(4), [
      'Mustermann, Max (100D000002)',
      'Anwesenheitsnachweis',
      'Kurs; Modul "B"',
      'E-TEST-30',
      'Anna Admin',
      'verfügbar bis 180 Tage nach Abschluss der Bearbeitung',
    ]);
  });

  it('exports Excel and PDF files of the same list', async () => {
    const xlsx = await fetch(`${app.url}/partner/gesendet/export.xlsx?suche=Mustermann`, {
      headers: { cookie: anna.cookie },
    });
    assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      'PK',
    );
    const pdf = await fetch(`${app.url}/partner/gesendet/export.pdf?suche=Mustermann`, {
      headers: { cookie: anna.cookie },
    });
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    assert.equal((await anna.holen('/partner/gesendet/export.doc')).status, 404);
  });
});
