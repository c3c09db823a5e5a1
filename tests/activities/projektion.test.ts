import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createProjektionActivities } from '../../activities/projektion.js';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import type { ProjektionFelder } from '../../domain/eingang.js';
import { createTestContext, type TestContext } from '../support/context.js';

describe('status projection: each step once, in step order, into an existing row', () => {
  let t: TestContext;
  let kundeId: number;
  let nummer = 0;
  let projektion: ReturnType<typeof createProjektionActivities>;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    projektion = createProjektionActivities({ db: t.ctx.db });
  });
  after(() => t.close());

  const eingang = async () => {
    const eingangsnummer = `E26-PROJ-${String(++nummer).padStart(4, '0')}`;
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'scan',
      kunde_id: null,
      dokumentart: 'Sonstiges',
      status: 'eingegangen',
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    return eingangsnummer;
  };
  const timeline = (eingangsnummer: string) =>
    t.ctx.db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt').select('schritt', 'status', 'details');

  it('writes the status, its fields and the timeline entry; the Zuordnung names the client by Kundennummer', async () => {
    const eingangsnummer = await eingang();
    await projektion.statusProjizieren({
      eingangsnummer,
      schritt: 1,
      status: 'aufbereitet',
      zeit: '2026-12-03T10:00:00.000Z',
      felder: {
        seiten: 3,
        zuordnung: { kundennummer: demoLogins.kunde.kundennummer, dokumentart: 'Kontoauszüge', referenz: null },
      },
      details: { erkannt: 'keiner' },
    });
    const row = await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first();
    assert.deepEqual(
      [row.status, row.seiten, row.kunde_id, row.dokumentart, row.letzter_schritt],
      ['aufbereitet', 3, kundeId, 'Kontoauszüge', 1],
    );
    assert.equal(new Date(row.aktualisiert_am).toISOString(), '2026-12-03T10:00:00.000Z');
    assert.deepEqual(await timeline(eingangsnummer), [
      { schritt: 1, status: 'aufbereitet', details: { erkannt: 'keiner' } },
    ]);
  });

  it('keeps the later status when an earlier step arrives late, and writes a repeated step once', async () => {
    const eingangsnummer = await eingang();
    const zeit = new Date().toISOString();
    const schritt = (n: number, status: 'aufbereitet' | 'abgelegt', felder: ProjektionFelder) =>
      projektion.statusProjizieren({ eingangsnummer, schritt: n, status, zeit, felder });
    await schritt(2, 'abgelegt', { dmsReferenz: 'DMS-2' });
    await schritt(1, 'aufbereitet', { seiten: 9 });
    await schritt(2, 'abgelegt', { dmsReferenz: 'DMS-X' });
    const row = await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first();
    assert.deepEqual([row.status, row.dms_referenz, row.seiten, row.letzter_schritt], ['abgelegt', 'DMS-2', null, 2]);
    assert.ok(row.abgelegt_am);
    assert.deepEqual(
      (await timeline(eingangsnummer)).map((e) => [e.schritt, e.status]),
      [
        [1, 'aufbereitet'],
        [2, 'abgelegt'],
      ],
    );
  });

  it('projects several steps in their order, events included, and a repeated call writes each step once', async () => {
    const eingangsnummer = await eingang();
    const zeit = new Date().toISOString();
    const schritte = [
      { eingangsnummer, schritt: 1, status: 'abgelegt' as const, zeit, felder: { dmsReferenz: 'DMS-7' } },
      { eingangsnummer, schritt: 2, status: 'weitergeleitet' as const, zeit, felder: { teams: ['leistung' as const] } },
    ];
    await projektion.schritteProjizieren(schritte);
    // As when the activity is retried after it wrote the first step.
    await projektion.schritteProjizieren(schritte);
    const row = await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first();
    assert.deepEqual(
      [row.status, row.dms_referenz, row.teams, row.letzter_schritt],
      ['weitergeleitet', 'DMS-7', ['leistung'], 2],
    );
    assert.deepEqual(
      (await timeline(eingangsnummer)).map((e) => [e.schritt, e.status]),
      [
        [1, 'abgelegt'],
        [2, 'weitergeleitet'],
      ],
    );
    const ereignisse = await t.ctx.db('ereignisse').where({ eingangsnummer }).orderBy('position').select('art');
    assert.deepEqual(
      ereignisse.map((e) => e.art),
      ['eingang.abgelegt', 'eingang.weitergeleitet'],
    );
  });

  it('refuses a step for a document without a row, with or without an event, and writes nothing', async () => {
    for (const status of ['aufbereitet', 'abgelegt'] as const)
      await assert.rejects(
        projektion.statusProjizieren({
          eingangsnummer: 'E26-KEIN-0000',
          schritt: 1,
          status,
          zeit: new Date().toISOString(),
        }),
        /no projection row for E26-KEIN-0000/,
      );
    assert.equal((await timeline('E26-KEIN-0000')).length, 0);
    assert.equal(await t.ctx.db('ereignisse').where({ eingangsnummer: 'E26-KEIN-0000' }).first(), undefined);
  });
});
