import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createProjektionActivities } from '../../../activities/projektion.js';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import type { Ereignis } from '../../../domain/ereignis.js';
import { briefAbrufen } from '../../../services/ausgang/abrufen.js';
import { ereignisseNach } from '../../../services/ereignisse/abfragen.js';
import { ereignisErfassen } from '../../../services/ereignisse/erfassen.js';
import { createTestContext, type TestContext } from '../../support/context.js';

describe('event log: each change recorded once, positions in commit order, no late commit skipped by a poller', () => {
  let t: TestContext;
  let kundeId: number;
  let nummer = 0;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
  });
  after(() => t.close());

  const ereignis = (schluessel: string): Ereignis => ({
    art: 'eingang.abgelegt',
    schluessel,
    status: 'abgelegt',
    zeit: new Date(),
    kundennummer: demoLogins.kunde.kundennummer,
    eingangsnummer: schluessel,
  });
  const alle = async () => ereignisseNach(t.ctx.db, 0n, 1000);
  const eingang = async () => {
    const eingangsnummer = `E26-TEST-${String(++nummer).padStart(4, '0')}`;
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kundeId,
      dokumentart: 'Lohnabrechnung',
      status: 'eingegangen',
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    return eingangsnummer;
  };

  it('a projected step retried, and run ten times at once, records its event once; intermediate steps record none', async () => {
    const { statusProjizieren } = createProjektionActivities({ db: t.ctx.db });
    const eingangsnummer = await eingang();
    const zeit = new Date().toISOString();
    await statusProjizieren({ eingangsnummer, schritt: 1, status: 'aufbereitet', zeit });
    const abgelegt = {
      eingangsnummer,
      schritt: 2,
      status: 'abgelegt' as const,
      zeit,
      felder: { dmsReferenz: 'DMS-1' },
    };
    await statusProjizieren(abgelegt);
    await statusProjizieren(abgelegt);
    await Promise.all(Array.from({ length: 10 }, () => statusProjizieren(abgelegt)));
    await statusProjizieren({
      eingangsnummer,
      schritt: 3,
      status: 'weitergeleitet',
      zeit,
      felder: { teams: ['leistung'] },
    });

    const eigene = (await alle()).filter((e) => e.eingangsnummer === eingangsnummer);
    assert.deepEqual(
      eigene.map((e) => [e.art, e.status, e.kundennummer, e.dokumentart]),
      [
        ['eingang.abgelegt', 'abgelegt', demoLogins.kunde.kundennummer, 'Lohnabrechnung'],
        ['eingang.weitergeleitet', 'weitergeleitet', demoLogins.kunde.kundennummer, 'Lohnabrechnung'],
      ],
    );
    assert.ok(BigInt(eigene[0]!.position) < BigInt(eigene[1]!.position));
  });

  it('a transaction that took its position first and commits late holds back later ones, so a poller never skips it', async () => {
    const vorher = (await alle()).length;
    const frueh = await t.ctx.db.transaction();
    await ereignisErfassen(frueh, ereignis('spaet-committet'));
    let spaeterFertig = false;
    const spaeter = t.ctx.db
      .transaction((trx) => ereignisErfassen(trx, ereignis('danach-begonnen')))
      .then(() => (spaeterFertig = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // With a sequence, the second transaction would have committed by now with the higher id, and a poller reading it
    // would move its cursor past the first one's id before that row became visible.
    assert.equal(spaeterFertig, false);
    assert.equal((await alle()).length, vorher);
    await frueh.commit();
    await spaeter;
    const neu = (await alle()).slice(vorher);
    assert.deepEqual(
      neu.map((e) => e.schluessel),
      ['spaet-committet', 'danach-begonnen'],
    );
  });

  it('a rolled-back recording leaves neither an event nor a gap; a duplicate key recorded concurrently appears once', async () => {
    const [letzte] = (await alle()).slice(-1);
    const abgebrochen = await t.ctx.db.transaction();
    await ereignisErfassen(abgebrochen, ereignis('zurueckgerollt'));
    const danach = t.ctx.db.transaction((trx) => ereignisErfassen(trx, ereignis('nach-rollback')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await abgebrochen.rollback();
    await danach;
    const ergebnisse = await Promise.all(
      Array.from({ length: 5 }, () => t.ctx.db.transaction((trx) => ereignisErfassen(trx, ereignis('doppelt')))),
    );
    assert.equal(ergebnisse.filter(Boolean).length, 1);
    const neu = await ereignisseNach(t.ctx.db, BigInt(letzte!.position), 100);
    assert.deepEqual(
      neu.map((e) => e.schluessel),
      ['nach-rollback', 'doppelt'],
    );
    assert.equal(BigInt(neu[0]!.position), BigInt(letzte!.position) + 1n);
  });

  it('a letter opened twice records one retrieval event, with the client and the Dokumentart', async () => {
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer: 'A26-TEST-0001',
      kunde_id: kundeId,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Bewilligungsbescheid',
      blob_key: 'nicht-gebraucht',
      sha256: '0'.repeat(64),
      bytes: 1,
      versandstatus: 'benachrichtigt',
    });
    await briefAbrufen(t.ctx.db, { kunde_id: kundeId }, 'A26-TEST-0001');
    await briefAbrufen(t.ctx.db, { kunde_id: kundeId }, 'A26-TEST-0001');
    const eigene = (await alle()).filter((e) => e.ausgangsnummer === 'A26-TEST-0001');
    assert.deepEqual(
      eigene.map((e) => [e.art, e.status, e.kundennummer, e.dokumentart]),
      [['ausgang.abgerufen', 'abgerufen', demoLogins.kunde.kundennummer, 'Bescheid']],
    );
  });
});
