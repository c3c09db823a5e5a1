import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { FachlicherFehler } from '../../../domain/fehler.js';
import { anliegenAnlegen } from '../../../services/termine/anliegen-anlegen.js';
import { freieSlots } from '../../../services/termine/freie-slots.js';
import { SLOT_VERGEBEN, slotBuchen } from '../../../services/termine/slot-buchen.js';
import { slotsOeffnen } from '../../../services/termine/slots-oeffnen.js';
import { createTestContext, type TestContext } from '../../support/context.js';

const berlinTag = (tageVoraus: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + tageVoraus * 86_400_000),
  );

describe('booking a slot: PostgreSQL lets exactly one booking hold it', () => {
  let t: TestContext;
  let anliegenId: number;
  let kundeId: number;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    anliegenId = await anliegenAnlegen(t.ctx, {
      name: 'Antragsabgabe',
      dauerMinuten: '15',
      ort: 'Raum E.04',
      team: 'leistung',
      oeffentlich: true,
    });
  });
  after(() => t.close());

  it('opens slots of the Anliegen duration between from and to', async () => {
    const anzahl = await slotsOeffnen(t.ctx, { anliegenId, datum: berlinTag(3), von: '08:00', bis: '09:00' });
    assert.equal(anzahl, 4);
    const frei = await freieSlots(t.ctx.db, anliegenId);
    assert.deepEqual(
      frei.slice(1).map((s, i) => s.beginn.getTime() - frei[i]!.beginn.getTime()),
      [15 * 60_000, 15 * 60_000, 15 * 60_000],
    );
  });

  it('books one slot 50 times at once: exactly one succeeds, the 49 others get a clear conflict', async () => {
    const [slot] = await freieSlots(t.ctx.db, anliegenId);
    const ergebnisse = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? slotBuchen(t.ctx, slot!.id, { kundeId })
          : slotBuchen(t.ctx, slot!.id, { gast: { name: `Gast ${i}`, email: `gast${i}@example.org`, sprache: 'de' } }),
      ),
    );
    const erfolge = ergebnisse.filter((e) => e.status === 'fulfilled');
    const abgelehnt = ergebnisse.filter((e): e is PromiseRejectedResult => e.status === 'rejected');
    assert.equal(erfolge.length, 1);
    assert.equal(abgelehnt.length, 49);
    for (const { reason } of abgelehnt) {
      assert.ok(reason instanceof FachlicherFehler, String(reason));
      assert.equal(reason.typ, 'konflikt');
      assert.equal(reason.message, SLOT_VERGEBEN);
    }
    const gebucht = await t.ctx.db('termine').where({ slot_id: slot!.id }).count({ n: '*' }).first();
    assert.equal(Number(gebucht!.n), 1);
    assert.ok(!(await freieSlots(t.ctx.db, anliegenId)).some((s) => s.id === slot!.id));
  });

  it('refuses a second booking even when written straight into the table', async () => {
    const [slot] = await freieSlots(t.ctx.db, anliegenId);
    await slotBuchen(t.ctx, slot!.id, { kundeId });
    await assert.rejects(
      t.ctx.db('termine').insert({ kunde_id: kundeId, slot_id: slot!.id, beginn: new Date() }),
      /termine_slot_einmal/,
    );
  });

  it('refuses a guest booking of an Anliegen that is not public', async () => {
    const intern = await anliegenAnlegen(t.ctx, {
      name: 'Erstgespräch Vermittlung',
      dauerMinuten: '30',
      ort: 'Raum B 3.05',
      team: 'vermittlung',
      oeffentlich: false,
    });
    await slotsOeffnen(t.ctx, { anliegenId: intern, datum: berlinTag(4), von: '10:00', bis: '10:30' });
    const [slot] = await freieSlots(t.ctx.db, intern);
    await assert.rejects(
      slotBuchen(t.ctx, slot!.id, { gast: { name: 'Gast', email: 'gast@example.org', sprache: 'de' } }),
      (e: unknown) => e instanceof FachlicherFehler && e.typ === 'nicht_gefunden',
    );
    await slotBuchen(t.ctx, slot!.id, { kundeId });
  });
});
