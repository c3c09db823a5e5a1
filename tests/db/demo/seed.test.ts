import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { formularLaden, formulareLaden } from '../../../services/formulare/abfragen.js';
import { pruefePasswort } from '../../../platform/passwort.js';
import { createTestContext, type TestContext } from '../../support/context.js';

describe('demo data', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('creates Paula Portal with a working initial password that must be changed', async () => {
    assert.equal(await seedDemoData(t.ctx.db, t.ctx.blobs), true);
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first();
    assert.equal(`${paula.vorname} ${paula.nachname}`, 'Paula Portal');
    assert.equal(paula.passwort_aendern, true);
    assert.equal(await pruefePasswort(demoLogins.kunde.passwort, paula.passwort_hash), true);
    assert.ok(paula.ansprechpartner_id && paula.leistungssachbearbeiter_id);
  });

  it('creates staff of every team, a partner admin assigned to Paula, appointments and letters', async () => {
    const teams = (await t.ctx.db('mitarbeiter').select('team')).map((m) => m.team).sort();
    assert.deepEqual(teams, ['admin', 'leistung', 'poststelle', 'vermittlung']);
    const admin = await t.ctx.db('partner_benutzer').where({ email: demoLogins.partnerAdmin.email }).first();
    assert.equal(admin.ist_admin, true);
    assert.equal(await pruefePasswort(demoLogins.partnerAdmin.passwort, admin.passwort_hash), true);
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first();
    assert.ok(await t.ctx.db('partner_kunden').where({ partner_id: admin.partner_id, kunde_id: paula.id }).first());
    const kommende = await t.ctx.db('termine').where({ kunde_id: paula.id }).andWhere('beginn', '>', new Date());
    assert.ok(kommende.length >= 2);
  });

  it('stores each letter as a PDF in the blob store with matching size', async () => {
    const briefe = await t.ctx.db('ausgangsdokumente').select();
    assert.ok(briefe.length >= 2);
    for (const brief of briefe) {
      const bytes = await t.ctx.blobs.get(brief.blob_key);
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      assert.equal(bytes.length, brief.bytes);
    }
  });

  it('gives the demo partner a referral for Paula in its Eingang and provides a form partners can download', async () => {
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const partner = await t.ctx
      .db('partner_benutzer')
      .where({ email: demoLogins.partnerAdmin.email })
      .first('partner_id');
    const zuweisung = await t.ctx.db('ausgangsdokumente').whereNotNull('partner_id').first();
    assert.equal(zuweisung.partner_id, partner.partner_id);
    assert.equal(zuweisung.dokumentart, 'Zuweisung');
    assert.equal(zuweisung.betrifft_kunde_id, paula.id);
    assert.equal(zuweisung.kunde_id, null);
    assert.equal(zuweisung.versandstatus, 'benachrichtigt');
    assert.ok(await t.ctx.db('partner_kunden').where({ partner_id: partner.partner_id, kunde_id: paula.id }).first());
    const [formular] = await formulareLaden(t.ctx.db);
    assert.equal(formular!.titel, 'Teilnahmebestätigung');
    const pdf = await t.ctx.blobs.get((await formularLaden(t.ctx.db, formular!.id)).blobKey);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdf.length, formular!.bytes);
  });

  it('does nothing on a database that already has clients', async () => {
    const before = await t.ctx.db('kunden').count({ n: '*' });
    assert.equal(await seedDemoData(t.ctx.db, t.ctx.blobs), false);
    assert.deepEqual(await t.ctx.db('kunden').count({ n: '*' }), before);
  });
});
