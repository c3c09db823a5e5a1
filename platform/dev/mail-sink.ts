// A real SMTP server that keeps every mail as an .eml file: the embedded default for `npm start`, the receiver in tests.
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  file: string;
}

export interface MailSink {
  url: string;
  received: ReceivedMail[];
  /** Refuse every mail with a temporary error (simulates a mail server outage) until set back. */
  setDown(down: boolean): void;
  /** Answer each mail's end of data only after this many milliseconds (a slow server). */
  setDelay(ms: number): void;
  /** SMTP connections opened to this server so far. */
  verbindungen(): number;
  stop(): Promise<void>;
}

export async function startMailSink(dir: string, port = 0): Promise<MailSink> {
  await mkdir(dir, { recursive: true });
  const received: ReceivedMail[] = [];
  let down = false;
  let delayMs = 0;
  let counter = 0;
  let verbindungen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Local only: no reverse DNS lookup of the client before the greeting (it held each greeting back about 100 ms).
    disableReverseLookup: true,
    // A sender's pooled connections stay open; stopping waits at most this long for them.
    closeTimeout: 1000,
    onConnect(_session, callback) {
      verbindungen++;
      callback();
    },
    onMailFrom(_address, _session, callback) {
      if (down) {
        const error = new Error('Mail server temporarily unavailable') as Error & { responseCode: number };
        error.responseCode = 421;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++counter}.eml`);
        await writeFile(file, raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          file,
        });
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    setDown: (value) => {
      down = value;
    },
    setDelay: (ms) => {
      delayMs = ms;
    },
    verbindungen: () => verbindungen,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
