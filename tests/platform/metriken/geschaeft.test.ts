import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { geschaeftsMetrikenRegistrieren } from '../../../platform/metriken/geschaeft.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { lieferungEintragen } from '../../support/scan-lieferung.js';

const SEKUNDE = 1000;
const TAG = 24 * 60 * 60 * SEKUNDE;

describe('business gauges: time from upload to E-Akte per Kanal, scanned documents whose deadline is at risk', () => {
  let t: TestContext;
  let kundeId: number;
  let laufend = 0;

  /** A fresh registry reading PostgreSQL at every scrape (no cache), as the web process registers it. */
  async function werte(name: string): Promise<Map<string, number>> {
    const registry = new Registry();
    geschaeftsMetrikenRegistrieren(registry, t.ctx.db, t.ctx.log, 0);
    const { values } = await registry.getSingleMetric(name)!.get();
    return new Map(values.map((v) => [JSON.stringify(v.labels), v.value]));
  }

  async function dokument(kanal: string, status: string, eingegangen: Date, abgelegt: Date | null): Promise<string> {
    const eingangsnummer = `E26-MTRK-${String(++laufend).padStart(4, '0')}`;
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal,
      kunde_id: kundeId,
      dokumentart: 'Kontoauszüge',
      teams: ['leistung'],
      status,
      eingegangen_am: eingegangen,
      abgelegt_am: abgelegt,
      aktualisiert_am: new Date(),
    });
    return eingangsnummer;
  }

  async function lieferung(
    id: string,
    erwartet: number,
    status: string,
    warnungen: string[],
    positionen: Array<string | null>,
  ) {
    await lieferungEintragen(t.ctx.db, id, {
      erwartet,
      status,
      scanDatum: '2026-12-01',
      frist: new Date(Date.now() + TAG),
    });
    for (const anlass of warnungen)
      await t.ctx.db('scan_warnungen').insert({ lieferung_id: id, anlass, stand: JSON.stringify({}) });
    for (const [i, eingangsnummer] of positionen.entries())
      await t.ctx.db('scan_lieferung_positionen').insert({
        lieferung_id: id,
        position: i + 1,
        sha256: `${id}-${i}`,
        blob_key: `scan/${id}/${i}`,
        bytes: 100,
        eingangsnummer,
      });
  }

  before(async () => {
    t = await createTestContext();
    [{ id: kundeId }] = await t.ctx
      .db('kunden')
      .insert({
        kundennummer: '999M000001',
        bg_nummer: '99999BG0000001',
        vorname: 'M',
        nachname: 'T',
        passwort_hash: 'x',
      })
      .returning('id');
  });
  after(() => t.close());

  it('reports per Kanal the seconds from upload to E-Akte over the documents filed in the last 24 hours', async () => {
    const jetzt = Date.now();
    for (const dauer of [100, 200, 300])
      await dokument('kunde', 'weitergeleitet', new Date(jetzt - dauer * SEKUNDE), new Date(jetzt));
    await dokument('scan', 'abgelegt', new Date(jetzt - 3600 * SEKUNDE), new Date(jetzt - 3540 * SEKUNDE));
    // Filed three days ago (outside the window) and not filed yet: neither counts.
    await dokument('kunde', 'erledigt', new Date(jetzt - 4 * TAG), new Date(jetzt - 3 * TAG));
    await dokument('partner', 'aufbereitet', new Date(jetzt - 2 * TAG), null);

    const zeit = await werte('jobcenter_zeit_bis_eakte_sekunden');
    const sekunden = (kanal: string, quantil: string) => zeit.get(JSON.stringify({ kanal, quantil }));
    assert.equal(sekunden('kunde', '0.5'), 200);
    assert.equal(sekunden('kunde', '0.95'), 290);
    assert.equal(sekunden('kunde', '1'), 300);
    for (const q of ['0.5', '0.95', '1']) assert.equal(sekunden('scan', q), 60);
    assert.equal(sekunden('partner', '1'), undefined, 'no figure for a Kanal without filed documents');

    const abgelegt = await werte('jobcenter_dokumente_abgelegt');
    assert.equal(abgelegt.get(JSON.stringify({ kanal: 'kunde' })), 3);
    assert.equal(abgelegt.get(JSON.stringify({ kanal: 'scan' })), 1);
    assert.equal(abgelegt.get(JSON.stringify({ kanal: 'partner' })), 0);
  });

  it('counts the scanned documents not yet in the E-Akte of open deliveries warned that their deadline is at risk', async () => {
    const gefaehrdet = async () => (await werte('jobcenter_scan_dokumente_frist_gefaehrdet')).get('{}');
    const alt = new Date(Date.now() - 2 * TAG);
    // Five announced, four accepted: one filed and one refused are done, one in progress, one not started, one not sent yet.
    await lieferung(
      'L-GEFAEHRDET',
      5,
      'geschlossen',
      ['frist_gefaehrdet'],
      [
        await dokument('scan', 'abgelegt', alt, null),
        await dokument('scan', 'abgelehnt', alt, null),
        await dokument('scan', 'aufbereitet', alt, null),
        null,
      ],
    );
    // Warned only that Zuordnen waits, already abgeschlossen, or not warned at all: none of their documents counts.
    await lieferung(
      'L-ZUORDNUNG',
      4,
      'offen',
      ['zuordnung_wartet'],
      [await dokument('scan', 'eingegangen', alt, null)],
    );
    await lieferung(
      'L-FERTIG',
      2,
      'abgeschlossen',
      ['frist_gefaehrdet'],
      [await dokument('scan', 'eingegangen', alt, null)],
    );
    await lieferung('L-OHNE', 10, 'offen', [], []);
    assert.equal(await gefaehrdet(), 3);

    await t.ctx.db('scan_warnungen').insert({ lieferung_id: 'L-OHNE', anlass: 'frist_gefaehrdet', stand: '{}' });
    assert.equal(await gefaehrdet(), 13);
  });
});
