import assert from 'node:assert/strict';
import { request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createApp } from '../../../web/app.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { HttpKunde } from '../../support/http-kunde.js';

const MB = 1024 * 1024;
const KOERPER = 8 * MB;
const GRENZE = 8 * 1024;

/** The parts of a multipart body before its big file, and the boundary. */
function anfang(felder: Array<[string, string]>, grenze = 'grenze123') {
  const teile = felder
    .map(([name, wert]) => `--${grenze}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${wert}\r\n`)
    .join('');
  return `${teile}--${grenze}\r\nContent-Disposition: form-data; name="datei1"; filename="gross.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
}

interface Ergebnis {
  status?: number;
  fehler?: string;
  /** What the server read from this connection. */
  serverGelesen: number;
}

describe('a multipart body without a signed-in session or a leading CSRF token is cut off after a few KB', () => {
  let t: TestContext;
  let server: Server;
  let url: string;
  let kunde: HttpKunde;
  const verbindungen: Socket[] = [];

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    server = createApp(t.ctx).listen(0, '127.0.0.1');
    server.on('connection', (socket: Socket) => verbindungen.push(socket));
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    kunde = new HttpKunde(url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    await kunde.holen('/kunde/dokument-senden');
  });
  after(async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    await t.close();
  });

  /** Posts an 8 MB upload in 64 KB pieces on a connection of its own, as fast as the server takes it. */
  function posten(pfad: string, kopf: string, headers: Record<string, string>): Promise<Ergebnis> {
    const vorher = verbindungen.length;
    return new Promise((resolve) => {
      let status: number | undefined;
      const fertig = (fehler?: string) => {
        const socket = verbindungen[vorher];
        setTimeout(() => resolve({ status, fehler, serverGelesen: socket?.bytesRead ?? 0 }), 100);
      };
      const req = request(`${url}${pfad}`, {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'multipart/form-data; boundary=grenze123',
          'content-length': String(KOERPER),
          accept: 'text/html',
          ...headers,
        },
      });
      req.on('response', (antwort) => {
        status = antwort.statusCode;
        antwort.resume();
        antwort.on('end', () => fertig());
        antwort.on('error', (e) => fertig(e.message));
      });
      req.on('error', (e) => fertig(e.message));
      let gesendet = 0;
      const stueck = Buffer.alloc(64 * 1024, 0x20);
      const weiter = () => {
        while (gesendet < KOERPER) {
          const teil =
            gesendet === 0
              ? Buffer.concat([Buffer.from(kopf), stueck]).subarray(0, stueck.length)
              : stueck.subarray(0, Math.min(stueck.length, KOERPER - gesendet));
          gesendet += teil.length;
          if (gesendet >= KOERPER) return req.end(teil);
          if (!req.write(teil)) return req.once('drain', weiter);
        }
      };
      weiter();
    });
  }

  const abgeschnitten = (ergebnis: Ergebnis) => {
    assert.ok(ergebnis.status === 403 || ergebnis.fehler, `refused or cut off, got ${JSON.stringify(ergebnis)}`);
    assert.ok(ergebnis.serverGelesen < 256 * 1024, `server read ${ergebnis.serverGelesen} of ${KOERPER} bytes`);
  };

  it('reads nothing of an anonymous upload to the sign-in page', async () => {
    abgeschnitten(await posten('/anmelden', anfang([['kundennummer', 'X']]), {}));
  });

  it("reads nothing of an upload from a visitor who is not signed in, even with the visitor session's token", async () => {
    const besucher = new HttpKunde(url);
    await besucher.holen('/anmelden');
    abgeschnitten(await posten('/anmelden', anfang([['_csrf', besucher.csrf]]), { cookie: besucher.cookie }));
  });

  it('stops reading a signed-in upload whose first part is a file, not the token', async () => {
    abgeschnitten(await posten('/kunde/dokument-senden', anfang([]), { cookie: kunde.cookie }));
  });

  it('stops reading a signed-in upload whose first part is a wrong token', async () => {
    abgeschnitten(
      await posten(
        '/kunde/dokument-senden',
        anfang([
          ['_csrf', 'falsch'],
          ['dokumentart', 'Sonstiges'],
        ]),
        { cookie: kunde.cookie },
      ),
    );
  });

  it('stops reading a first field that never ends', async () => {
    abgeschnitten(
      await posten(
        '/kunde/dokument-senden',
        `--grenze123\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${'x'.repeat(GRENZE)}`,
        { cookie: kunde.cookie },
      ),
    );
  });

  it('reads the whole upload when the token comes first, or in the htmx header', async () => {
    for (const [kopf, headers] of [
      [
        anfang([
          ['_csrf', kunde.csrf],
          ['dokumentart', 'Sonstiges'],
        ]),
        { cookie: kunde.cookie },
      ],
      [anfang([['dokumentart', 'Sonstiges']]), { cookie: kunde.cookie, 'x-csrf-token': kunde.csrf }],
    ] as const) {
      const ergebnis = await posten('/kunde/dokument-senden', kopf, headers);
      // The body lacks its closing boundary, so the form is refused as unreadable, but only after all of it was read.
      assert.equal(ergebnis.status, 400);
      assert.ok(ergebnis.serverGelesen >= KOERPER, `server read ${ergebnis.serverGelesen} of ${KOERPER} bytes`);
    }
  });
});
