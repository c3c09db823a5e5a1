import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { teamPostfaecher } from '../../domain/jobcenter.js';
import { waitUntil } from '../../platform/wait.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import type { TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { warteAufStatus } from '../support/warten.js';
import { demoMitWorkern } from '../support/workers.js';

describe('dokumentEingang while the mail server refuses', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, stop } = await demoMitWorkern());
  });
  after(async () => {
    t.mails.setDown(false);
    await stop();
  });

  it('files and routes the document, keeps retrying the mails after the first attempts fail, and sends each once when the server is back', async () => {
    t.mails.setDown(true);
    const { eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Arbeitsvertrag',
      dateien: [await pdfMitSeiten(1)],
    });
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 30_000);
    assert.equal((await t.ctx.db('dms_ablagen').where({ eingangsnummer })).length, 1);
    // The local attempts fail; then durable activities take over and retry until the server is back.
    const handle = t.ctx.temporal.client.workflow.getHandle(eingangsnummer);
    await waitUntil(
      'durable mail activities scheduled',
      async () => {
        const { events } = await handle.fetchHistory();
        const geplant = (events ?? [])
          .map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name)
          .filter(Boolean);
        return geplant.includes('empfangsbestaetigungSenden') && geplant.includes('teamHinweisSenden');
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    assert.equal(t.mails.received.filter((m) => m.raw.includes(eingangsnummer)).length, 0);

    t.mails.setDown(false);
    await waitUntil(
      'receipt and team notice sent',
      async () => t.mails.received.filter((m) => m.raw.includes(eingangsnummer)).length === 2,
      {
        timeoutMs: 90_000,
        intervalMs: 200,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const gesendet = t.mails.received.filter((m) => m.raw.includes(eingangsnummer));
    assert.equal(gesendet.length, 2);
    const kunde = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('email');
    assert.deepEqual(gesendet.map((m) => m.to[0]).sort(), [kunde.email, teamPostfaecher.leistung].sort());
  });
});
