import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailActivities } from '../../../activities/mail/benachrichtigung.js';
import { createMailTransport } from '../../../platform/mail-transport.js';
import { createTestContext, type TestContext } from '../../support/context.js';

describe('team notices over SMTP', () => {
  let t: TestContext;
  let mail: ReturnType<typeof createMailActivities>;
  let transport: ReturnType<typeof createMailTransport>;
  before(async () => {
    t = await createTestContext();
    transport = createMailTransport(t.mails.url);
    mail = createMailActivities({ db: t.ctx.db, transport, from: t.ctx.config.mailFrom, publicUrl: 'https://portal.example' });
  });
  after(async () => {
    transport.close();
    await t.close();
  });

  it('sends a notice once, however often the activity is retried', async () => {
    assert.equal(await mail.teamHinweisSenden({ eingangsnummer: 'E26-AAAA-BBBB', team: 'poststelle', anlass: 3 }), true);
    assert.equal(await mail.teamHinweisSenden({ eingangsnummer: 'E26-AAAA-BBBB', team: 'poststelle', anlass: 3 }), false);
    const sent = t.mails.received.filter((m) => m.raw.includes('E26-AAAA-BBBB'));
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]!.to, ['poststelle@jobcenter-musterstadt.example']);
    assert.match(sent[0]!.raw, /https:\/\/portal\.example\/mitarbeiter\/poststelle/);
  });

  it('fails (so Temporal retries) while the mail server refuses, and sends once it accepts again', async () => {
    t.mails.setDown(true);
    await assert.rejects(mail.teamHinweisSenden({ eingangsnummer: 'E26-CCCC-DDDD', team: 'leistung', anlass: 1 }));
    const ledger = await t.ctx.db('benachrichtigungen').where({ schluessel: 'E26-CCCC-DDDD/team/leistung/1' }).first();
    assert.equal(ledger.gesendet_am, null);
    t.mails.setDown(false);
    assert.equal(await mail.teamHinweisSenden({ eingangsnummer: 'E26-CCCC-DDDD', team: 'leistung', anlass: 1 }), true);
    assert.equal(t.mails.received.filter((m) => m.raw.includes('E26-CCCC-DDDD')).length, 1);
  });
});
