import assert from 'node:assert/strict';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import type { TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { warteAufStatus } from '../support/warten.js';
import { demoMitWorkern } from '../support/workers.js';

describe('dokumentEingang while the DMS import folder is unavailable', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, stop } = await demoMitWorkern());
  });
  after(() => stop());

  it('waits with status wartet_auf_ablage, files as soon as the folder returns, and files exactly once', async () => {
    await rm(t.ctx.config.dmsImportDir, { recursive: true, force: true });
    const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Arbeitsvertrag',
      dateien: [await pdfMitSeiten(2)],
    });
    await warteAufStatus(t.ctx, eingangsnummer, 'wartet_auf_ablage', 30_000);
    const zwischenstand = await t.ctx.db('dms_ablagen').where({ eingangsnummer });
    assert.equal(zwischenstand.length, 0);

    await mkdir(t.ctx.config.dmsImportDir, { recursive: true });
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 60_000);
    assert.ok(row.abgelegt_am);
    assert.deepEqual((await readdir(t.ctx.config.dmsImportDir)).sort(), [
      `${eingangsnummer}.json`,
      `${eingangsnummer}.pdf`,
    ]);
    assert.equal((await t.ctx.db('dms_ablagen').where({ eingangsnummer })).length, 1);
    const statuses = (await t.ctx.db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt')).map(
      (s) => s.status,
    );
    assert.deepEqual(statuses, ['eingegangen', 'aufbereitet', 'wartet_auf_ablage', 'abgelegt', 'weitergeleitet']);
  });
});
