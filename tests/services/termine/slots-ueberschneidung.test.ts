import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoData } from '../../../db/demo/seed.js';
import { FachlicherFehler } from '../../../domain/fehler.js';
import { anliegenAnlegen } from '../../../services/termine/anliegen-anlegen.js';
import { slotsOeffnen } from '../../../services/termine/slots-oeffnen.js';
import { createTestContext, type TestContext } from '../../support/context.js';

const datum = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
  new Date(Date.now() + 4 * 86_400_000),
);

describe("a staff member's slots never overlap", () => {
  let t: TestContext;
  let beratung: number;
  let antrag: number;
  let leistung: number;
  let vermittlung: number;
  const slotsVon = (anliegenId: number) =>
    t.ctx
      .db('termin_slots')
      .where({ anliegen_id: anliegenId })
      .count({ n: '*' })
      .first()
      .then((r) => Number(r!.n));

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    const id = async (subject: string) =>
      (await t.ctx.db('mitarbeiter').where({ oidc_subject: subject }).first('id')).id;
    [leistung, vermittlung] = [await id('demo-leistung'), await id('demo-vermittlung')];
    const anlegen = (name: string, dauer: string) =>
      anliegenAnlegen(t.ctx, { name, dauerMinuten: dauer, ort: 'Raum A 2.10', team: 'leistung', oeffentlich: false });
    beratung = await anlegen('Beratung Überschneidung', '30');
    antrag = await anlegen('Antrag Überschneidung', '15');
    await slotsOeffnen(t.ctx, { anliegenId: beratung, datum, von: '09:00', bis: '10:00', mitarbeiterId: leistung });
  });
  after(() => t.close());

  it('refuses slots of another Anliegen that overlap, with a message on the start time, and opens none of them', async () => {
    await assert.rejects(
      slotsOeffnen(t.ctx, { anliegenId: antrag, datum, von: '09:45', bis: '11:00', mitarbeiterId: leistung }),
      (error) =>
        error instanceof FachlicherFehler &&
        error.typ === 'ungueltige_eingabe' &&
        error.felder.von === 'ueberschneidung',
    );
    assert.equal(await slotsVon(antrag), 0);
  });

  it('allows adjacent slots, the same time for another staff member, and team slots', async () => {
    assert.equal(
      await slotsOeffnen(t.ctx, { anliegenId: antrag, datum, von: '10:00', bis: '10:30', mitarbeiterId: leistung }),
      2,
    );
    assert.equal(
      await slotsOeffnen(t.ctx, { anliegenId: antrag, datum, von: '09:00', bis: '09:30', mitarbeiterId: vermittlung }),
      2,
    );
    assert.equal(await slotsOeffnen(t.ctx, { anliegenId: antrag, datum, von: '09:00', bis: '09:30' }), 2);
    assert.equal(await slotsOeffnen(t.ctx, { anliegenId: antrag, datum, von: '09:00', bis: '09:30' }), 2);
  });
});
