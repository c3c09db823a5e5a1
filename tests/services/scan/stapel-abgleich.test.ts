import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WorkflowNotFoundError } from '@temporalio/client';
import { liegengebliebeneStapelStarten } from '../../../services/scan/stapel-abgleich.js';
import { stapelTrennungId } from '../../../services/scan/stapel-trennung-starten.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { lieferungEintragen } from '../../support/scan-lieferung.js';

describe('the reconciler starts the split of a stack accepted while Temporal could not be reached', () => {
  let t: TestContext;
  const lieferungId = 'L-liegengeblieben';

  before(async () => {
    t = await createTestContext();
    await lieferungEintragen(t.ctx.db, lieferungId, { erwartet: 6 });
  });
  after(async () => {
    for (const ab of [1, 3, 5])
      await t.ctx.temporal.client.workflow
        .getHandle(stapelTrennungId(lieferungId, ab))
        .terminate('test over')
        .catch(() => undefined);
    await t.close();
  });

  /** A stack row as the upload leaves it when the workflow start that follows fails: recorded, no workflow. */
  async function stapel(ab: number, status: string, vorMinuten: number): Promise<void> {
    const blob = await t.ctx.blobs.put(await pdfMitSeiten(1, `Stapel ${ab}`), 'scan');
    await t.ctx.db('scan_lieferung_stapel').insert({
      lieferung_id: lieferungId,
      ab,
      sha256: blob.sha256,
      blob_key: status === 'angenommen' ? blob.key : null,
      bytes: blob.bytes,
      status,
      angenommen_am: new Date(Date.now() - vorMinuten * 60_000),
    });
  }
  const laeuft = (ab: number) =>
    t.ctx.temporal.client.workflow
      .getHandle(stapelTrennungId(lieferungId, ab))
      .describe()
      .then(
        () => true,
        (fehler: unknown) => {
          if (fehler instanceof WorkflowNotFoundError) return false;
          throw fehler;
        },
      );

  it('starts the split of a stack waiting past the grace period, once; not of a young one, nor of one already split', async () => {
    await stapel(1, 'angenommen', 5);
    await stapel(3, 'angenommen', 0);
    await stapel(5, 'getrennt', 5);

    assert.equal(await liegengebliebeneStapelStarten(t.ctx), 1);
    assert.equal(await laeuft(1), true, 'the waiting stack is being split');
    assert.equal(await laeuft(3), false, 'a stack just accepted is left to its own start');
    assert.equal(await laeuft(5), false, 'a split stack needs nothing');
    // The next round finds the split running: nothing started twice.
    assert.equal(await liegengebliebeneStapelStarten(t.ctx), 0);
  });
});
