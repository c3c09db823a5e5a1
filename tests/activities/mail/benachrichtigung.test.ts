import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailActivities } from '../../../activities/mail/benachrichtigung.js';
import { createMailTransport } from '../../../platform/mail-transport.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { lesen } from '../../support/mails.js';

describe('team notices over SMTP', () => {
  let t: TestContext;
  let mail: ReturnType<typeof createMailActivities>;
  let transport: ReturnType<typeof createMailTransport>;
  before(async () => {
    t = await createTestContext();
    transport = createMailTransport(t.mails.url);
    mail = createMailActivities({
      db: t.ctx.db,
      transport,
      from: t.ctx.config.mailFrom,
      publicUrl: 'https://portal.example',
    });
  });
  after(async () => {
    transport.close();
    await t.close();
  });

  it('sends a notice once, however often the activity is retried', async () => {
    assert.equal(
      await mail.teamHinweisSenden({ eingangsnummer: 'E26-AAAA-BBBB', team: 'poststelle', anlass: 3 }),
      true,
    );
    assert.equal(
      await mail.teamHinweisSenden({ eingangsnummer: 'E26-AAAA-BBBB', team: 'poststelle', anlass: 3 }),
      false,
    );
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

describe("receipts over SMTP in the sender's language", () => {
  let t: TestContext;
  let mail: ReturnType<typeof createMailActivities>;
  let transport: ReturnType<typeof createMailTransport>;
  before(async () => {
    t = await createTestContext();
    transport = createMailTransport(t.mails.url);
    mail = createMailActivities({
      db: t.ctx.db,
      transport,
      from: t.ctx.config.mailFrom,
      publicUrl: 'https://portal.example',
    });
  });
  after(async () => {
    transport.close();
    await t.close();
  });

  /** A client with the given portal language who has just sent a payslip through the portal. */
  async function kundeHatGesendet(eingangsnummer: string, sprache: string): Promise<string> {
    const kundennummer = `163Q0179${eingangsnummer.slice(-2)}`;
    const email = `${eingangsnummer.toLowerCase()}@kunde.example`;
    const [kunde] = await t.ctx
      .db('kunden')
      .insert({
        kundennummer,
        bg_nummer: '16301//0000001',
        vorname: 'Test',
        nachname: 'Kunde',
        email,
        sprache,
        passwort_hash: 'x',
      })
      .returning('id');
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kunde.id,
      dokumentart: 'Lohnabrechnung',
      status: 'weitergeleitet',
      seiten: 3,
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    return email;
  }

  async function empfangen(an: string) {
    const mails = await lesen(t.mails.received.filter((m) => m.to.includes(an)));
    assert.equal(mails.length, 1);
    return mails[0]!;
  }

  it('sends a client whose language is Turkish the receipt in Turkish, keeping Eingangsnummer, Dokumentart, pages and portal link', async () => {
    const an = await kundeHatGesendet('E26-TRTR-0001', 'tr');
    assert.equal(await mail.empfangsbestaetigungSenden({ eingangsnummer: 'E26-TRTR-0001' }), true);
    const receipt = await empfangen(an);
    assert.equal(receipt.subject, 'Alındı onayı (Eingangsbestätigung) E26-TRTR-0001');
    assert.match(receipt.text, /Gönderiniz Jobcenter’a ulaştı\./);
    assert.match(receipt.text, /Alındı numarası \(Eingangsnummer\): E26-TRTR-0001/);
    assert.match(receipt.text, /Tür \(Dokumentart\): Lohnabrechnung/);
    assert.match(receipt.text, /Sayfa sayısı: 3/);
    assert.match(receipt.text, /https:\/\/portal\.example\/kunde\/gesendet/);
    assert.doesNotMatch(receipt.text, /Guten Tag/);
    assert.doesNotMatch(receipt.subject + receipt.text, /163Q/);
  });

  it('sends a German-speaking client the receipt in German', async () => {
    const an = await kundeHatGesendet('E26-DEDE-0002', 'de');
    assert.equal(await mail.empfangsbestaetigungSenden({ eingangsnummer: 'E26-DEDE-0002' }), true);
    const receipt = await empfangen(an);
    assert.equal(receipt.subject, 'Eingangsbestätigung E26-DEDE-0002');
    assert.match(receipt.text, /^Guten Tag,/);
    assert.match(receipt.text, /Eingangsnummer: E26-DEDE-0002/);
    assert.match(receipt.text, /Art: Lohnabrechnung/);
    assert.doesNotMatch(receipt.subject + receipt.text, /163Q/);
  });

  it('falls back to German when the stored language is not one the portal offers', async () => {
    const an = await kundeHatGesendet('E26-FRFR-0003', 'fr');
    assert.equal(await mail.empfangsbestaetigungSenden({ eingangsnummer: 'E26-FRFR-0003' }), true);
    assert.equal((await empfangen(an)).subject, 'Eingangsbestätigung E26-FRFR-0003');
  });

  it('sends a translated receipt only once, however often the activity is retried', async () => {
    const an = await kundeHatGesendet('E26-ARAR-0004', 'ar');
    assert.equal(await mail.empfangsbestaetigungSenden({ eingangsnummer: 'E26-ARAR-0004' }), true);
    assert.equal(await mail.empfangsbestaetigungSenden({ eingangsnummer: 'E26-ARAR-0004' }), false);
    assert.equal((await empfangen(an)).subject, 'تأكيد الاستلام (Eingangsbestätigung) E26-ARAR-0004');
  });
});
