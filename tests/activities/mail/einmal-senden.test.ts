import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { einmalSender, MAIL_WIRD_GESENDET } from '../../../activities/mail/einmal-senden.js';
import { createMailTransport } from '../../../platform/mail-transport.js';
import { createTestContext, type TestContext } from '../../support/context.js';

const mail = { betreff: 'Hinweis', text: 'Ein neues Dokument liegt im Postfach.' };
const messageId = (raw: string) => raw.match(/^Message-ID:\s*(\S+)/im)?.[1];

describe('a mail key is sent at most once, but for the window between acceptance and ledger update', () => {
  let t: TestContext;
  let transport: ReturnType<typeof createMailTransport>;
  before(async () => {
    t = await createTestContext();
    transport = createMailTransport(t.mails.url);
  });
  after(async () => {
    t.mails.setDelay(0);
    transport.close();
    await t.close();
  });

  const gesendet = (marke: string) => t.mails.received.filter((m) => m.raw.includes(marke));

  it('sends nothing on a retry after the mail was sent and recorded', async () => {
    const senden = einmalSender({ db: t.ctx.db, transport, from: t.ctx.config.mailFrom });
    assert.equal(await senden('E26-EINS-0001/empfang', 'a@kunde.example', { ...mail, betreff: 'E26-EINS-0001' }), true);
    assert.equal(
      await senden('E26-EINS-0001/empfang', 'a@kunde.example', { ...mail, betreff: 'E26-EINS-0001' }),
      false,
    );
    assert.equal(gesendet('E26-EINS-0001').length, 1);
    assert.equal(
      (await t.ctx.db('benachrichtigungen').where({ schluessel: 'E26-EINS-0001/empfang' }).first()).status,
      'gesendet',
    );
  });

  it('lets only one of two simultaneous attempts send (a timed-out local attempt still sending while its successor starts)', async () => {
    const senden = einmalSender({ db: t.ctx.db, transport, from: t.ctx.config.mailFrom });
    t.mails.setDelay(800);
    const erster = senden('E26-ZWEI-0002/empfang', 'b@kunde.example', { ...mail, betreff: 'E26-ZWEI-0002' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await assert.rejects(
      senden('E26-ZWEI-0002/empfang', 'b@kunde.example', { ...mail, betreff: 'E26-ZWEI-0002' }),
      (error: Error & { type?: string }) => error.type === MAIL_WIRD_GESENDET,
    );
    assert.equal(await erster, true);
    t.mails.setDelay(0);
    // The successor's next retry finds the mail recorded.
    assert.equal(
      await senden('E26-ZWEI-0002/empfang', 'b@kunde.example', { ...mail, betreff: 'E26-ZWEI-0002' }),
      false,
    );
    assert.equal(gesendet('E26-ZWEI-0002').length, 1);
  });

  it('sends again with the same Message-ID when the ledger update failed after the server accepted, and never a third time', async () => {
    const db = t.ctx.db;
    // The database fails exactly the one write that records acceptance (as when PostgreSQL dies at that moment).
    const schluessel = 'E26-DREI-0003/team/leistung/4';
    // A sequence is not rolled back with the failed statement, so only the first recording fails.
    await db.raw('create sequence ledger_ausfall');
    await db.raw(`create function ledger_ausfall() returns trigger language plpgsql as $$
      begin
        if new.schluessel = '${schluessel}' and new.gesendet_am is not null and old.gesendet_am is null and nextval('ledger_ausfall') = 1 then
          raise exception 'connection lost';
        end if;
        return new;
      end $$`);
    await db.raw(
      'create trigger ledger_ausfall before update on benachrichtigungen for each row execute function ledger_ausfall()',
    );
    const senden = einmalSender({ db, transport, from: t.ctx.config.mailFrom, claimMs: 600 });
    const text = { ...mail, betreff: 'E26-DREI-0003' };

    await assert.rejects(senden(schluessel, 'leistung@jobcenter.example', text), /connection lost/);
    assert.equal(gesendet('E26-DREI-0003').length, 1);
    // An immediate retry (the local activity's next attempt) still sees the claim and sends nothing.
    await assert.rejects(
      senden(schluessel, 'leistung@jobcenter.example', text),
      (error: Error & { type?: string }) => error.type === MAIL_WIRD_GESENDET,
    );
    assert.equal(gesendet('E26-DREI-0003').length, 1);
    // Once the dead attempt's claim has expired, the retry sends the mail again: the unavoidable window.
    await new Promise((resolve) => setTimeout(resolve, 900));
    assert.equal(await senden(schluessel, 'leistung@jobcenter.example', text), true);
    assert.equal(await senden(schluessel, 'leistung@jobcenter.example', text), false);
    const zwei = gesendet('E26-DREI-0003');
    assert.equal(zwei.length, 2);
    assert.ok(messageId(zwei[0]!.raw));
    assert.equal(messageId(zwei[0]!.raw), messageId(zwei[1]!.raw));
    const eintrag = await db('benachrichtigungen').where({ schluessel }).first();
    assert.equal(eintrag.status, 'gesendet');
    assert.equal(eintrag.moeglicherweise_doppelt, true);
    assert.equal(eintrag.message_id, messageId(zwei[0]!.raw));
  });
});
