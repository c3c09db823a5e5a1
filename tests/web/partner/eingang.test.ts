import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { organisationAnlegen, partnerAnmelden } from '../../support/partner.js';

describe('partner Eingang: what the jobcenter sent to the organisation, retrieval recorded', () => {
  let t: TestContext;
  let app: RunningApp;
  let anna: HttpKunde;
  let fremde: HttpKunde;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    await organisationAnlegen(t.ctx, 'Andere Stelle', { email: 'a@andere.example', passwort: 'Andere-Stelle-2026' });
    const partner = await t.ctx.db('partner').orderBy('id').first('id');
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const blob = await t.ctx.blobs.put(await pdfMitSeiten(1), 'ausgang');
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer: 'A-TEST-1',
      partner_id: partner.id,
      betrifft_kunde_id: paula.id,
      dokumentart: 'Zuweisung',
      bereich: 'vermittlung',
      name: 'Zuweisung Sprachkurs',
      blob_key: blob.key,
      sha256: blob.sha256,
      bytes: blob.bytes,
      versandstatus: 'benachrichtigt',
    });
    app = await startApp(t.ctx);
    anna = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
    fremde = await partnerAnmelden(app.url, 'a@andere.example', 'Andere-Stelle-2026');
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it('lists the referral with the client it concerns, marked as new', async () => {
    const { html } = await anna.holen('/partner/eingang');
    assert.match(html, /Zuweisung Sprachkurs/);
    assert.match(html, /Portal, Paula \(100D000001\)/);
    assert.match(
      html,
      /Zuweisung Sprachkurs[^<]*<span class="kern-badge kern-badge--info kern-badge--small marke-neu">/,
    );
    assert.doesNotMatch((await fremde.holen('/partner/eingang')).html, /Zuweisung Sprachkurs/);
  });

  it('downloads it as PDF and records the retrieval once; another organisation gets 404', async () => {
    assert.equal((await fremde.holen('/partner/eingang/A-TEST-1/pdf')).status, 404);
    const antwort = await anna.holen('/partner/eingang/A-TEST-1/pdf');
    assert.equal(antwort.status, 200);
    assert.match(antwort.response.headers.get('content-disposition') ?? '', /attachment; filename="A-TEST-1\.pdf"/);
    const row = await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer: 'A-TEST-1' }).first();
    assert.equal(row.versandstatus, 'abgerufen');
    const erstesMal = row.abgerufen_am.getTime();
    await anna.holen('/partner/eingang/A-TEST-1/pdf');
    assert.equal(
      (await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer: 'A-TEST-1' }).first()).abgerufen_am.getTime(),
      erstesMal,
    );
    const zeile =
      /<tr[^>]*>(?:(?!<\/tr>).)*A-TEST-1(?:(?!<\/tr>).)*<\/tr>/s.exec(
        (await anna.holen('/partner/eingang')).html,
      )?.[0] ?? '';
    assert.ok(zeile, 'row still listed');
    assert.doesNotMatch(zeile, /class="[^"]*marke-neu"/);
    assert.match(zeile, /geöffnet am/);
  });
});
