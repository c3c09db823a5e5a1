import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMailSink, type MailSink } from '../../platform/dev/mail-sink.js';
import { createMailTransport, type MailTransport } from '../../platform/mail-transport.js';

const mail = (betreff: string) => ({
  from: 'jobcenter@example.org',
  to: 'team@example.org',
  subject: betreff,
  text: 'Neu',
});

describe('the SMTP transport keeps its connections open', () => {
  let dir: string;
  let sink: MailSink;
  let transport: MailTransport;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mail-transport-'));
    sink = await startMailSink(dir);
    transport = createMailTransport(sink.url);
  });
  after(async () => {
    transport.close();
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends one mail after another over one connection instead of a new one per mail', async () => {
    const vorher = sink.verbindungen();
    for (const betreff of ['Erste', 'Zweite', 'Dritte']) await transport.sendMail(mail(betreff));
    assert.equal(sink.verbindungen() - vorher, 1);
    assert.deepEqual(
      sink.received.slice(-3).map((m) => m.raw.match(/^Subject: (\S+)/m)?.[1]),
      ['Erste', 'Zweite', 'Dritte'],
    );
  });

  it('reports a refusal during an outage with its reply code and sends again once the server is back', async () => {
    sink.setDown(true);
    await assert.rejects(transport.sendMail(mail('Waehrend')), (error: Error & { responseCode?: number }) => {
      assert.equal(error.responseCode, 421);
      return true;
    });
    sink.setDown(false);
    await transport.sendMail(mail('Danach'));
    assert.equal(sink.received.at(-1)?.raw.match(/^Subject: (\S+)/m)?.[1], 'Danach');
    assert.ok(!sink.received.some((m) => m.raw.includes('Subject: Waehrend')));
  });
});
