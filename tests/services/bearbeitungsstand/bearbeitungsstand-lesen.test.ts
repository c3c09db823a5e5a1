import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { neueNummer } from '../../../domain/nummern.js';
import { berlinZeit } from '../../../domain/zeit.js';
import { bearbeitungsstandLesen } from '../../../services/bearbeitungsstand/bearbeitungsstand-lesen.js';
import { createTestContext, type TestContext } from '../../support/context.js';

const MINUTE = 60_000;
// A fixed "now" on 20 November 2026, 12:00 in Berlin; every row below is placed relative to it.
const jetzt = berlinZeit(2026, 11, 20, 12);
const tag = (t: number, stunde = 9) => berlinZeit(2026, 11, t, stunde);

describe('Bearbeitungsstand figures from known rows', () => {
  let t: TestContext;
  let kundeId: number;

  const dokument = (teams: string[], status: string, eingegangen: Date, abgelegt?: Date) => ({
    eingangsnummer: neueNummer('E', eingegangen),
    art: 'dokument',
    kanal: 'kunde',
    kunde_id: kundeId,
    dokumentart: 'Lohnabrechnung',
    status,
    teams,
    eingegangen_am: eingegangen,
    abgelegt_am: abgelegt ?? null,
    aktualisiert_am: eingegangen,
  });
  const slot = async (anliegenId: number, beginn: Date) =>
    (await t.ctx.db('termin_slots').insert({ anliegen_id: anliegenId, beginn, dauer_minuten: 15 }).returning('id'))[0]
      .id as number;
  const anliegen = async (name: string, oeffentlich: boolean, aktiv = true) =>
    (
      await t.ctx
        .db('anliegen')
        .insert({ name, dauer_minuten: 15, ort: 'Raum E.04', team: 'leistung', oeffentlich, aktiv })
        .returning('id')
    )[0].id as number;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
  });
  after(() => t.close());

  it('names the oldest open document per Bereich, ignoring finished and refused ones and the other Bereich', async () => {
    await t.ctx
      .db('eingangsdokumente')
      .insert([
        dokument(['leistung'], 'erledigt', tag(1)),
        dokument(['leistung'], 'abgelehnt', tag(2)),
        dokument(['vermittlung'], 'in_bearbeitung', tag(5, 8)),
        dokument(['leistung', 'vermittlung'], 'weitergeleitet', tag(8, 14)),
        dokument(['leistung'], 'in_bearbeitung', tag(12)),
        dokument(['poststelle'], 'weitergeleitet', tag(3)),
      ]);
    const stand = await bearbeitungsstandLesen(t.ctx.db, jetzt);
    assert.deepEqual(
      stand.bereiche.map((b) => [b.bereich, b.aeltesterOffenerEingang?.toISOString()]),
      [
        ['leistung', tag(8, 14).toISOString()],
        ['vermittlung', tag(5, 8).toISOString()],
      ],
    );
  });

  it("takes the median from upload to E-Akte over today's filings only", async () => {
    const heute = (stunde: number, sekunden: number) => {
      const abgelegt = berlinZeit(2026, 11, 20, stunde);
      return { abgelegt, eingegangen: new Date(abgelegt.getTime() - sekunden * 1000) };
    };
    const leistung = [heute(8, 60), heute(9, 600), heute(10, 120)];
    const vermittlung = [heute(9, 100), heute(11, 300)];
    const gestern = { abgelegt: berlinZeit(2026, 11, 19, 23, 59), eingegangen: berlinZeit(2026, 11, 19, 20) };
    const spaeter = { abgelegt: berlinZeit(2026, 11, 20, 13), eingegangen: berlinZeit(2026, 11, 20, 8) };
    await t.ctx
      .db('eingangsdokumente')
      .insert([
        ...leistung.map((z) => dokument(['leistung'], 'erledigt', z.eingegangen, z.abgelegt)),
        ...vermittlung.map((z) => dokument(['vermittlung'], 'erledigt', z.eingegangen, z.abgelegt)),
        dokument(['leistung'], 'erledigt', gestern.eingegangen, gestern.abgelegt),
        dokument(['vermittlung'], 'erledigt', spaeter.eingegangen, spaeter.abgelegt),
      ]);
    const stand = await bearbeitungsstandLesen(t.ctx.db, jetzt);
    assert.deepEqual(
      stand.bereiche.map((b) => [b.bereich, b.medianAblageSekunden, b.abgelegtHeute]),
      [
        ['leistung', 120, 3],
        ['vermittlung', 200, 2],
      ],
    );
    const amNaechstenTag = await bearbeitungsstandLesen(t.ctx.db, berlinZeit(2026, 11, 21, 12));
    assert.deepEqual(
      amNaechstenTag.bereiche.map((b) => b.medianAblageSekunden),
      [null, null],
    );
  });

  it('shows the next free slot of each active public Anliegen, skipping past, booked and non-public ones', async () => {
    const oeffentlich = await anliegen('Antragsabgabe Test', true);
    const ausgebucht = await anliegen('Abgabe ausgebucht', true);
    const intern = await anliegen('Beratung intern', false);
    const inaktiv = await anliegen('Altes Anliegen', true, false);
    await slot(oeffentlich, new Date(jetzt.getTime() - 30 * MINUTE));
    const gebucht = await slot(oeffentlich, new Date(jetzt.getTime() + 60 * MINUTE));
    const abgesagt = await slot(oeffentlich, new Date(jetzt.getTime() + 90 * MINUTE));
    await slot(oeffentlich, new Date(jetzt.getTime() + 120 * MINUTE));
    const voll = await slot(ausgebucht, new Date(jetzt.getTime() + 60 * MINUTE));
    await slot(intern, new Date(jetzt.getTime() + 10 * MINUTE));
    await slot(inaktiv, new Date(jetzt.getTime() + 10 * MINUTE));
    const buchung = (slotId: number, beginn: Date, status: string) => ({
      kunde_id: kundeId,
      slot_id: slotId,
      beginn,
      status,
    });
    await t.ctx
      .db('termine')
      .insert([
        buchung(gebucht, new Date(jetzt.getTime() + 60 * MINUTE), 'geplant'),
        buchung(abgesagt, new Date(jetzt.getTime() + 90 * MINUTE), 'abgesagt'),
        buchung(voll, new Date(jetzt.getTime() + 60 * MINUTE), 'geplant'),
      ]);
    const stand = await bearbeitungsstandLesen(t.ctx.db, jetzt);
    assert.deepEqual(
      stand.anliegen.map((a) => [a.name, a.naechsterFreierSlot?.toISOString() ?? null]),
      [
        ['Abgabe ausgebucht', null],
        ['Antragsabgabe Test', new Date(jetzt.getTime() + 90 * MINUTE).toISOString()],
      ],
    );
  });
});
