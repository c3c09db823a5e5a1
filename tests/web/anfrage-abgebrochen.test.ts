import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Koa from 'koa';
import { createBlobStore, type BlobStore } from '../../platform/blob-store.js';
import { schonAbgebrochen } from '../../web/anfrage-abgebrochen.js';
import { pdfEmpfangen } from '../../web/api/pdf-empfangen.js';
import { multipartLesen } from '../../web/middleware/multipart.js';
import { testBlobSchluessel } from '../support/blob-schluessel.js';

const KOERPER = Buffer.from(`%PDF-1.7\n${'x'.repeat(64 * 1024)}\n%%EOF\n`);
const DIGEST = `sha-256=:${createHash('sha256').update(KOERPER).digest('base64')}:`;

/** What the code under test did with a request: its answer, or that it was still waiting after 5 s. */
type Ausgang = { ergebnis: unknown } | { fehler: Error } | 'wartet noch';

async function binnenFuenfSekunden(arbeit: Promise<unknown>): Promise<Ausgang> {
  let uhr: NodeJS.Timeout | undefined;
  const zeit = new Promise<'wartet noch'>((resolve) => (uhr = setTimeout(() => resolve('wartet noch'), 5000)));
  try {
    return await Promise.race([
      arbeit.then(
        (ergebnis) => ({ ergebnis }),
        (fehler: Error) => ({ fehler }),
      ),
      zeit,
    ]);
  } finally {
    clearTimeout(uhr);
  }
}

/**
 * Sends the first bytes of a body, then breaks the connection. The piece is small, so the server's socket keeps reading
 * and sees the connection end even while nobody reads the body.
 */
function abbrechen(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'PUT',
      headers: { ...headers, 'content-length': String(KOERPER.length) },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(KOERPER.subarray(0, 200), () => setTimeout(() => req.destroy(), 20));
  });
}

/** Resolves when the server has seen the connection go: the code under test starts to read only after that. */
const weg = (req: IncomingMessage) =>
  new Promise<void>((resolve) => (req.destroyed ? resolve() : req.once('close', () => resolve())));

/** A bare Koa server on a free port, silent about the errors the broken connections cause. */
async function serverStarten(handler: Koa.Middleware): Promise<{ url: string; stoppen: () => Promise<void> }> {
  const app = new Koa();
  app.silent = true;
  app.use(handler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stoppen: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('a request body cut off before the code reading it starts to listen', () => {
  let dir: string;
  let blobs: BlobStore;
  let url: string;
  let stoppen: () => Promise<void>;
  /** Set by each test: what the server does with the request once the client is gone. */
  let lesen: (ctx: Koa.Context) => Promise<unknown>;
  let ausgang: Promise<Ausgang>;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'abbruch-'));
    blobs = createBlobStore({ art: 'verzeichnis', verzeichnis: path.join(dir, 'blobs') }, testBlobSchluessel);
    ({ url, stoppen } = await serverStarten(async (ctx) => {
      ausgang = weg(ctx.req).then(() => binnenFuenfSekunden(lesen(ctx as Koa.Context)));
      await ausgang;
    }));
  });
  after(async () => {
    await stoppen();
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused by the PDF upload of the machine API at once, and nothing is stored', async () => {
    lesen = (ctx) => pdfEmpfangen(ctx, blobs, 'scan');
    await abbrechen(url, { 'content-type': 'application/pdf', 'content-digest': DIGEST });
    const ergebnis = await ausgang;
    assert.notEqual(ergebnis, 'wartet noch');
    assert.ok('fehler' in (ergebnis as object), 'the upload was refused');
    assert.deepEqual(await readdir(path.join(dir, 'blobs'), { recursive: true }).catch(() => []), []);
  });

  it('is refused by the portal’s form reader as a broken transfer, and no file is kept', async () => {
    const ordner = path.join(dir, 'formular');
    lesen = (ctx) => multipartLesen(ctx.req, { ordner, csrfGeprueft: true, tokenGueltig: () => true });
    const grenze = 'grenze42';
    await abbrechen(url, { 'content-type': `multipart/form-data; boundary=${grenze}` });
    const ergebnis = await ausgang;
    assert.notEqual(ergebnis, 'wartet noch');
    assert.match(((ergebnis as { fehler: Error }).fehler ?? {}).message, /Übertragung abgebrochen/);
    assert.deepEqual(await readdir(ordner).catch(() => []), []);
  });
});

describe('schonAbgebrochen', () => {
  let url: string;
  let stoppen: () => Promise<void>;
  /** Set by each test: whether the server waits for the client to go before it asks. */
  let erstNachDemAbbruch: boolean;
  let befund: Promise<{ schonWeg: boolean; meldungen: number }>;

  before(async () => {
    ({ url, stoppen } = await serverStarten(async (ctx) => {
      let fertig!: (b: { schonWeg: boolean; meldungen: number }) => void;
      befund = new Promise((resolve) => (fertig = resolve));
      if (erstNachDemAbbruch) await weg(ctx.req);
      let meldungen = 0;
      const schonWeg = schonAbgebrochen(ctx.req, () => meldungen++);
      ctx.req.once('close', () => setImmediate(() => fertig({ schonWeg, meldungen })));
      if (schonWeg) return fertig({ schonWeg, meldungen });
      for await (const teil of ctx.req) void teil;
      ctx.body = 'ok';
    }));
  });
  after(() => stoppen());

  it('reports a connection that breaks while the body is read, once', async () => {
    erstNachDemAbbruch = false;
    await abbrechen(url, { 'content-type': 'application/octet-stream' });
    assert.deepEqual(await befund, { schonWeg: false, meldungen: 1 });
  });

  it('answers at once for a connection that broke before anyone listened, and reports nothing later', async () => {
    erstNachDemAbbruch = true;
    await abbrechen(url, { 'content-type': 'application/octet-stream' });
    const ergebnis = await befund;
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(ergebnis, { schonWeg: true, meldungen: 0 });
  });

  it('stays silent for a body that arrived whole', async () => {
    erstNachDemAbbruch = false;
    const antwort = await fetch(url, { method: 'PUT', body: KOERPER });
    assert.equal(await antwort.text(), 'ok');
    assert.deepEqual(await befund, { schonWeg: false, meldungen: 0 });
  });
});
