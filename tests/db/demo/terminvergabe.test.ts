import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoData } from '../../../db/demo/seed.js';
import { seedTerminvergabe } from '../../../db/demo/terminvergabe.js';
import { istFeiertag } from '../../../domain/feiertage.js';
import { berlinDatum } from '../../../domain/zeit.js';
import { buchbareAnliegen, freieSlots } from '../../../services/termine/freie-slots.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { startApp, type RunningApp } from '../../support/http.js';

describe('demo Terminvergabe', () => {
  let t: TestContext;
  let app: RunningApp;
  let slots: number;
  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    slots = await seedTerminvergabe(t.ctx.db);
    app = await startApp(t.ctx);
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it('defines Antragsabgabe (public), Beratung Leistung and Erstgespräch Vermittlung with free future slots', async () => {
    assert.ok(slots > 0);
    const alle = await buchbareAnliegen(t.ctx.db, false);
    assert.deepEqual(
      alle.map((a) => [a.name, a.oeffentlich]),
      [
        ['Antragsabgabe', true],
        ['Beratung Leistung', false],
        ['Erstgespräch Vermittlung', false],
      ],
    );
    for (const a of alle) {
      const frei = await freieSlots(t.ctx.db, a.id, 1000);
      assert.ok(frei.length > 0, `${a.name} has free slots`);
      for (const { beginn } of frei) {
        const d = berlinDatum(beginn);
        const wochentag = new Date(Date.UTC(d.jahr, d.monat - 1, d.tag)).getUTCDay();
        assert.ok(beginn.getTime() > Date.now());
        assert.ok(
          wochentag !== 0 && wochentag !== 6 && !istFeiertag(d.jahr, d.monat, d.tag),
          `${beginn} is a working day`,
        );
      }
    }
    assert.equal(
      await t.ctx
        .db('termin_slots')
        .count({ n: '*' })
        .first()
        .then((r) => Number(r!.n)),
      slots,
    );
  });

  it('offers the public slots on the booking page without an account', async () => {
    const antragsabgabe = (await buchbareAnliegen(t.ctx.db, true))[0]!;
    const { status, html } = await new HttpKunde(app.url).holen(`/termin-buchen?anliegen=${antragsabgabe.id}`);
    assert.equal(status, 200);
    assert.ok((html.match(/name="slot"/g) ?? []).length > 0, 'bookable slots are listed');
  });

  it('leaves an existing Terminvergabe alone', async () => {
    const vorher = await t.ctx.db('termin_slots').count({ n: '*' }).first();
    assert.equal(await seedTerminvergabe(t.ctx.db), 0);
    assert.deepEqual(await t.ctx.db('termin_slots').count({ n: '*' }).first(), vorher);
  });
});
