import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apiStarten, scandienst, type ApiUmgebung } from '../support/api.js';
import { pdfMitSeiten } from '../support/dateien.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Lauf {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command as the scan service would (stdout a pipe, so plain progress lines); `gestartet` sees the process. */
function einliefern(ordner: string, env: Record<string, string>, gestartet?: (kind: ChildProcess) => void) {
  return new Promise<Lauf>((resolve, reject) => {
    const kind = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'scan-einliefern.ts'), ordner], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    kind.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    kind.on('error', reject);
    kind.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    gestartet?.(kind);
  });
}

/**
 * Forwards to the app; when the `abbruchBei`-th document upload arrives it kills the uploading process and drops the
 * request unanswered (the interruption lands at a known point: the earlier uploads answered, this one never sent on).
 */
async function unterbrechenderVermittler(ziel: string, abbruchBei: number) {
  let uploads = 0;
  let kind: ChildProcess | undefined;
  const server: Server = createServer((req, res) => {
    const teile: Buffer[] = [];
    req.on('data', (teil: Buffer) => teile.push(teil));
    req.on('end', async () => {
      if (req.method === 'PUT' && req.url?.includes('/dokumente/') && ++uploads === abbruchBei) {
        kind?.kill('SIGKILL');
        req.socket.destroy();
        return;
      }
      const kopf = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>;
      const antwort = await fetch(`${ziel}${req.url}`, {
        method: req.method,
        headers: kopf,
        body: teile.length > 0 ? Buffer.concat(teile) : undefined,
      });
      res.writeHead(antwort.status, { 'content-type': antwort.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await antwort.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    beobachten: (k: ChildProcess) => (kind = k),
    schliessen: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('npm run scan-einliefern: a scan folder uploaded as one Lieferung through the machine API', () => {
  let api: ApiUmgebung;
  let ordner: string;
  let env: Record<string, string>;
  const pdfs: Uint8Array[] = [];

  const putAufrufe = async (lieferungId: string) =>
    (
      await api.t.ctx
        .db('audit_log')
        .where({ api_client: scandienst.clientId, aktion: 'api_aufruf' })
        .whereRaw("details->>'methode' = 'PUT'")
        .whereRaw("details->>'lieferungId' = ?", [lieferungId])
        .orderBy('id')
        .select('details')
    ).map((z: { details: { position: number; status: number } }) => [z.details.position, z.details.status]);

  before(async () => {
    api = await apiStarten();
    ordner = await mkdtemp(path.join(tmpdir(), 'scan-einliefern-'));
    env = {
      SCAN_API_URL: api.app.url,
      SCAN_OIDC_ISSUER: api.idp.issuer,
      SCAN_CLIENT_ID: scandienst.clientId,
      SCAN_CLIENT_SECRET: scandienst.clientSecret,
    };
  });
  after(async () => {
    await rm(ordner, { recursive: true, force: true });
    await api.stoppen();
  });

  it('killed after the first upload, run again sends only the rest: every document exactly once, the delivery closed', async () => {
    const lieferung = path.join(ordner, 'L-2026-12-01');
    await mkdir(lieferung);
    for (const n of [1, 2, 3]) {
      pdfs.push(await pdfMitSeiten(n, `Scan ${n}`));
      await writeFile(path.join(lieferung, `000${n}.pdf`), pdfs[n - 1]!);
    }
    await writeFile(
      path.join(lieferung, 'manifest.json'),
      JSON.stringify({
        lieferungId: 'L-2026-12-01',
        scanDatum: '2026-12-01',
        dokumente: [
          {
            datei: '0001.pdf',
            kundennummer: '163Q017901',
            dokumentart: 'Kontoauszüge',
            seiten: 1,
            sha256: sha(pdfs[0]!),
          },
          { datei: '0002.pdf', seiten: 2 },
          { datei: '0003.pdf', dokumentart: 'Lebenslauf' },
        ],
      }),
    );

    const vermittler = await unterbrechenderVermittler(api.app.url, 2);
    const abgebrochen = await einliefern(lieferung, { ...env, SCAN_API_URL: vermittler.url }, vermittler.beobachten);
    await vermittler.schliessen();
    assert.equal(abgebrochen.signal, 'SIGKILL');
    assert.match(abgebrochen.stdout, /1\/3 Position 1 0001\.pdf: eingeliefert/);
    const nachAbbruch = await api.t.ctx.db('scan_lieferung_positionen').where({ lieferung_id: 'L-2026-12-01' });
    assert.deepEqual(
      nachAbbruch.map((z) => z.position),
      [1],
    );

    const fortgesetzt = await einliefern(lieferung, env);
    assert.equal(fortgesetzt.code, 0, fortgesetzt.stderr);
    assert.match(fortgesetzt.stdout, /^1 von 3 Dokumenten schon angenommen, 2 einzuliefern$/m);
    assert.match(fortgesetzt.stdout, /Lieferung L-2026-12-01: geschlossen, 3 von 3 Dokumenten angenommen \(2 jetzt/);

    const zeilen = await api.t.ctx
      .db('scan_lieferung_positionen')
      .where({ lieferung_id: 'L-2026-12-01' })
      .orderBy('position');
    assert.deepEqual(
      zeilen.map((z) => [z.position, z.sha256, z.kundennummer, z.dokumentart, z.seiten]),
      [
        [1, sha(pdfs[0]!), '163Q017901', 'Kontoauszüge', 1],
        [2, sha(pdfs[1]!), null, null, 2],
        [3, sha(pdfs[2]!), null, 'Lebenslauf', null],
      ],
    );
    const zeile = await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-2026-12-01' }).first();
    assert.equal(zeile.status, 'geschlossen');
    assert.equal(zeile.erwartet, 3);
    // Each position was sent once and taken once: the resumed run did not send position 1 again.
    assert.deepEqual(await putAufrufe('L-2026-12-01'), [
      [1, 201],
      [2, 201],
      [3, 201],
    ]);

    // Once more after the end: nothing to send, nothing changes.
    const nochmal = await einliefern(lieferung, env);
    assert.equal(nochmal.code, 0, nochmal.stderr);
    assert.match(nochmal.stdout, /^3 von 3 Dokumenten schon angenommen, 0 einzuliefern$/m);
    assert.equal((await putAufrufe('L-2026-12-01')).length, 3);
  });

  it('refuses a manifest in error with every problem named by its place, and sends nothing', async () => {
    const lieferung = path.join(ordner, 'L-falsch');
    await mkdir(lieferung);
    await writeFile(path.join(lieferung, 'a.pdf'), await pdfMitSeiten(1));
    await writeFile(
      path.join(lieferung, 'manifest.json'),
      JSON.stringify({
        lieferungId: 'L-falsch',
        scanDatum: '2026-12-01',
        dokumente: [
          { datei: 'a.pdf', kundennummer: '12345' },
          { datei: 'a.pdf', seiten: 0 },
        ],
      }),
    );
    const falsch = await einliefern(lieferung, env);
    assert.equal(falsch.code, 2);
    assert.match(falsch.stderr, /dokumente\[0\]\.kundennummer: eine Kundennummer wie 163Q017901/);
    assert.match(falsch.stderr, /dokumente\[1\]\.seiten: /);
    assert.match(falsch.stderr, /dokumente: jede Datei nur einmal/);

    await writeFile(path.join(lieferung, 'b.pdf'), await pdfMitSeiten(2));
    await writeFile(
      path.join(lieferung, 'manifest.json'),
      JSON.stringify({
        lieferungId: 'L-falsch',
        scanDatum: '2026-12-01',
        dokumente: [{ datei: 'a.pdf', sha256: sha(await pdfMitSeiten(3)) }, { datei: 'fehlt.pdf' }, { datei: 'b.pdf' }],
      }),
    );
    const dateien = await einliefern(lieferung, env);
    assert.equal(dateien.code, 2);
    assert.match(dateien.stderr, /dokumente\[0\]\.sha256: passt nicht zu a\.pdf/);
    assert.match(dateien.stderr, /dokumente\[1\]\.datei: fehlt\.pdf fehlt im Ordner/);
    assert.doesNotMatch(dateien.stderr, /b\.pdf/);
    assert.equal(await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-falsch' }).first(), undefined);
  });
});
