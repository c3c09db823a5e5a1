import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { gesendetLaden } from '../../../services/kunden/gesendet-liste.js';
import { createTestContext, type TestContext } from '../../support/context.js';

const TAG_MS = 86_400_000;

describe("gesendet list: the client's rows field by field, each row built once until it changes", () => {
  let t: TestContext;
  let kundeId: number;
  let partner: { id: number; name: string; benutzerId: number };

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    const p = await t.ctx.db('partner').first('id', 'name');
    const b = await t.ctx.db('partner_benutzer').where({ partner_id: p.id }).first('id');
    partner = { id: p.id, name: p.name, benutzerId: b.id };
  });
  after(() => t.close());

  const eingang = (eingangsnummer: string, stunde: number, felder: Record<string, unknown> = {}) => ({
    eingangsnummer,
    art: 'dokument',
    kanal: 'kunde',
    kunde_id: kundeId,
    dokumentart: 'Kontoauszüge',
    status: 'weitergeleitet',
    teams: ['leistung'],
    eingegangen_am: `2026-11-30T${String(stunde).padStart(2, '0')}:15:42.123987Z`,
    aktualisiert_am: `2026-11-30T${String(stunde).padStart(2, '0')}:20:00.000Z`,
    ...felder,
  });

  it('reads every field as before: partner name, Mitteilung title, per Post, download, times cut to the millisecond, availability', async () => {
    const fristen = t.ctx.config.loeschfristen;
    await t.ctx.db('eingangsdokumente').insert([
      eingang('E26-LIST-0001', 8, {
        status: 'erledigt',
        erledigt_am: '2026-12-01T10:00:00.000Z',
        blob_key: 'eingang/E26-LIST-0001.pdf',
        info: 'Monat 11',
        hinweise: ['animation_erstes_bild'],
      }),
      eingang('E26-LIST-0002', 9, {
        art: 'mitteilung',
        dokumentart: 'Mitteilung',
        betreff: 'Umzug',
        status: 'abgelehnt',
        ablehnungsgrund: 'passwort_geschuetzt',
        blob_key: 'eingang/E26-LIST-0002.pdf',
        teams: [],
      }),
      eingang('E26-LIST-0003', 10, { kanal: 'scan', loeschsperre_seit: '2026-12-02T08:00:00.000Z' }),
      eingang('E26-LIST-0004', 11, {
        kanal: 'partner',
        partner_id: partner.id,
        partner_benutzer_id: partner.benutzerId,
        kunde_berechtigt: true,
      }),
      // Sent by a partner without "Kunde berechtigt": not the client's to see.
      eingang('E26-LIST-0005', 12, {
        kanal: 'partner',
        partner_id: partner.id,
        partner_benutzer_id: partner.benutzerId,
        kunde_berechtigt: false,
      }),
    ]);
    const zeilen = await gesendetLaden(t.ctx.db, kundeId, fristen);
    assert.deepEqual(
      zeilen.filter((z) => z.eingangsnummer.startsWith('E26-LIST-')),
      [
        {
          eingangsnummer: 'E26-LIST-0004',
          status: 'weitergeleitet',
          ablehnungsgrund: null,
          hinweise: [],
          eingegangenAm: new Date('2026-11-30T11:15:42.123Z'),
          teams: ['leistung'],
          name: `Kontoauszüge (${partner.name})`,
          info: null,
          perPost: false,
          herunterladbar: false,
          verfuegbarkeit: { bis: null, tage: fristen.eingang, gesperrt: false },
        },
        {
          eingangsnummer: 'E26-LIST-0003',
          status: 'weitergeleitet',
          ablehnungsgrund: null,
          hinweise: [],
          eingegangenAm: new Date('2026-11-30T10:15:42.123Z'),
          teams: ['leistung'],
          name: 'Kontoauszüge',
          info: null,
          perPost: true,
          herunterladbar: false,
          verfuegbarkeit: { bis: null, tage: fristen.eingang, gesperrt: true },
        },
        {
          eingangsnummer: 'E26-LIST-0002',
          status: 'abgelehnt',
          ablehnungsgrund: 'passwort_geschuetzt',
          hinweise: [],
          eingegangenAm: new Date('2026-11-30T09:15:42.123Z'),
          teams: [],
          name: 'Mitteilung: Umzug',
          info: null,
          perPost: false,
          herunterladbar: false,
          verfuegbarkeit: {
            bis: new Date(Date.parse('2026-11-30T09:20:00.000Z') + fristen.abgelehnt * TAG_MS),
            tage: fristen.abgelehnt,
            gesperrt: false,
          },
        },
        {
          eingangsnummer: 'E26-LIST-0001',
          status: 'erledigt',
          ablehnungsgrund: null,
          hinweise: ['animation_erstes_bild'],
          eingegangenAm: new Date('2026-11-30T08:15:42.123Z'),
          teams: ['leistung'],
          name: 'Kontoauszüge',
          info: 'Monat 11',
          perPost: false,
          herunterladbar: true,
          verfuegbarkeit: {
            bis: new Date(Date.parse('2026-12-01T10:00:00.000Z') + fristen.eingang * TAG_MS),
            tage: fristen.eingang,
            gesperrt: false,
          },
        },
      ],
    );
  });

  it('gives an unchanged row as the same object, and builds a changed row anew', async () => {
    const fristen = t.ctx.config.loeschfristen;
    await t.ctx.db('eingangsdokumente').insert([eingang('E26-LIST-0101', 8), eingang('E26-LIST-0102', 7)]);
    const zeile = async (eingangsnummer: string) =>
      (await gesendetLaden(t.ctx.db, kundeId, fristen)).find((z) => z.eingangsnummer === eingangsnummer)!;
    const [bleibt, wechselt] = [await zeile('E26-LIST-0101'), await zeile('E26-LIST-0102')];
    await t.ctx
      .db('eingangsdokumente')
      .where({ eingangsnummer: 'E26-LIST-0102' })
      .update({ status: 'in_bearbeitung', aktualisiert_am: new Date() });
    assert.equal(await zeile('E26-LIST-0101'), bleibt);
    const neu = await zeile('E26-LIST-0102');
    assert.notEqual(neu, wechselt);
    assert.equal(neu.status, 'in_bearbeitung');
    assert.equal(wechselt.status, 'weitergeleitet');
    assert.ok(Object.isFrozen(neu), 'rows shared between requests cannot be changed');
  });
});
