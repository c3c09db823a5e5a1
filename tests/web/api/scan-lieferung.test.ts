import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { trennblattPdf } from '../../../platform/pdf/antwortbogen.js';
import { waitUntil } from '../../../platform/wait.js';
import { apiStarten, scandienst, type Antwort, type ApiUmgebung } from '../../support/api.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { alsScan, stapel } from '../../support/scan.js';
import { runWorkers } from '../../support/workers.js';

interface Position {
  position: number;
  sha256: string;
  stapel: { sha256: string; abPosition: number } | null;
  eingangsnummer: string | null;
}
interface Stapel {
  abPosition: number;
  sha256: string;
  status: 'angenommen' | 'getrennt' | 'abgelehnt';
  grund: string | null;
  positionen: Position[];
}
interface Lieferung {
  status: string;
  frist: string;
  positionen: number[];
  fortschritt: { angenommen: number; nichtGestartet: number };
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const digest = (bytes: Uint8Array) => `sha-256=:${sha(bytes).toString('base64')}:`;

describe('machine API, scan deliveries: announced, filled position by position or by stack, resumed, closed', () => {
  let api: ApiUmgebung;
  let token: string;
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `scan-${++schluessel}` });

  async function einliefern(
    pfad: string,
    pdf: Uint8Array,
    abfrage: Record<string, string> = {},
    mitToken = token,
  ): Promise<Antwort> {
    const query = new URLSearchParams(abfrage).toString();
    const response = await fetch(`${api.app.url}/api/v1${pfad}${query ? `?${query}` : ''}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${mitToken}`,
        'content-type': 'application/pdf',
        'content-digest': digest(pdf),
        accept: 'application/json',
        ...key(),
      },
      body: Buffer.from(pdf),
    });
    const text = await response.text();
    const antwort = { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    api.pruefer.pruefen('PUT', pfad, antwort);
    return antwort;
  }
  const anlegen = (lieferungId: string, erwartet = 3, scanDatum = '2026-05-22') =>
    api.aufrufen('POST', '/scan/lieferungen', { token, body: { lieferungId, scanDatum, erwartet }, kopf: key() });
  const lesen = async (id: string) =>
    (await api.aufrufen('GET', `/scan/lieferungen/${id}`, { token })).body as Lieferung;
  const positionen = async (id: string) =>
    api.t.ctx.db('scan_lieferung_positionen').where({ lieferung_id: id }).orderBy('position');

  const stapelLesen = async (id: string, ab: number) =>
    (await api.aufrufen('GET', `/scan/lieferungen/${id}/stapel/${ab}`, { token })).body as Stapel;
  /** Polls the status resource as a client would, until the stack is split or refused. */
  async function stapelAbwarten(id: string, ab: number): Promise<Stapel> {
    let stand = await stapelLesen(id, ab);
    await waitUntil(
      `stack ${id}/${ab} split or refused`,
      async () => (stand = await stapelLesen(id, ab)).status !== 'angenommen',
      { timeoutMs: 60_000 },
    );
    return stand;
  }
  let workers: { stop(): Promise<void> } | undefined;
  const workerStarten = async () => {
    workers ??= await runWorkers(api.t.ctx);
  };

  before(async () => {
    api = await apiStarten();
    token = await api.token(scandienst, 'scan:einliefern');
  });
  after(async () => {
    await workers?.stop();
    await api.stoppen();
  });

  it('refuses a client without scan:einliefern with 403', async () => {
    const fachverfahren = await api.token();
    const antwort = await api.aufrufen('POST', '/scan/lieferungen', {
      token: fachverfahren,
      body: { lieferungId: 'L-fremd', scanDatum: '2026-05-22', erwartet: 1 },
      kopf: key(),
    });
    assert.equal(antwort.status, 403);
    assert.equal(await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-fremd' }).first(), undefined);
  });

  it('creates a delivery with its deadline (Friday before Whit Monday → Tuesday 15:00), the same again is the same, other data a conflict', async () => {
    const angelegt = await anlegen('L-2026-05-22-a', 5);
    assert.equal(angelegt.status, 201);
    assert.equal(angelegt.headers.get('location'), '/api/v1/scan/lieferungen/L-2026-05-22-a');
    assert.equal((angelegt.body as Lieferung).frist, '2026-05-26T13:00:00.000Z');
    assert.equal((angelegt.body as Lieferung).status, 'offen');
    assert.equal((await anlegen('L-2026-05-22-a', 5)).status, 200);
    const anders = await anlegen('L-2026-05-22-a', 6);
    assert.equal(anders.status, 409);
    assert.equal(
      (await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-2026-05-22-a' }).first()).erwartet,
      5,
    );
  });

  it('accepts one PDF per position: the same bytes again give the same answer, other bytes 409, a wrong SHA-256 400', async () => {
    await anlegen('L-pos');
    const pdf = await pdfMitSeiten(2, 'Brief');
    const erst = await einliefern('/scan/lieferungen/L-pos/dokumente/1', pdf, {
      kundennummer: '163Q017901',
      dokumentart: 'Kontoauszüge',
      seiten: '2',
      sha256: sha(pdf).toString('hex'),
    });
    assert.equal(erst.status, 201);
    assert.equal((erst.body as Position).sha256, sha(pdf).toString('hex'));
    const nochmal = await einliefern('/scan/lieferungen/L-pos/dokumente/1', pdf);
    assert.equal(nochmal.status, 200);
    assert.deepEqual(nochmal.body, erst.body);
    const anderes = await einliefern('/scan/lieferungen/L-pos/dokumente/1', await pdfMitSeiten(1, 'Anderes'));
    assert.equal(anderes.status, 409);
    const falsch = await einliefern('/scan/lieferungen/L-pos/dokumente/2', pdf, { sha256: '0'.repeat(64) });
    assert.equal(falsch.status, 400);
    const zeilen = await positionen('L-pos');
    assert.deepEqual(
      zeilen.map((z) => z.position),
      [1],
    );
    assert.equal(Buffer.compare(await api.t.ctx.blobs.get(zeilen[0].blob_key), Buffer.from(pdf)), 0);
  });

  it('accepts a stack with 202 without reading it: no position until a worker has split it, closing waits for the split, the same stack again gives the same status', async () => {
    await anlegen('L-stapel');
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const teile = [await pdfMitSeiten(1, 'A'), await pdfMitSeiten(2, 'B'), await pdfMitSeiten(1, 'C')];
    const scan = await stapel(teile[0]!, trenn, teile[1]!, trenn, teile[2]!);
    const angenommen = await einliefern('/scan/lieferungen/L-stapel/stapel/10', scan);
    assert.equal(angenommen.status, 202);
    assert.equal(angenommen.headers.get('location'), '/api/v1/scan/lieferungen/L-stapel/stapel/10');
    assert.equal((angenommen.body as Stapel).status, 'angenommen');
    assert.equal((angenommen.body as Stapel).sha256, sha(scan).toString('hex'));
    assert.deepEqual((angenommen.body as Stapel).positionen, []);
    // No worker runs yet: nothing was read in the request, and nothing is split behind it.
    assert.equal((await positionen('L-stapel')).length, 0);
    assert.equal((await stapelLesen('L-stapel', 10)).status, 'angenommen');
    const angenommenerBlob: string = (
      await api.t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: 'L-stapel', ab: 10 }).first()
    ).blob_key;
    assert.ok(await api.t.ctx.blobs.get(angenommenerBlob), 'the stack PDF is kept until it is split');
    const zuFrueh = await api.aufrufen('POST', '/scan/lieferungen/L-stapel/abschluss', { token, kopf: key() });
    assert.equal(zuFrueh.status, 409);
    assert.deepEqual((zuFrueh.body as { errors: unknown[] }).errors, [
      { feld: 'lieferungId', code: 'stapel_ungetrennt' },
    ]);
    assert.equal((await lesen('L-stapel')).status, 'offen');
    const nochmalOffen = await einliefern('/scan/lieferungen/L-stapel/stapel/10', scan);
    assert.equal(nochmalOffen.status, 200);
    assert.deepEqual(nochmalOffen.body, angenommen.body);
    assert.equal(
      (await api.t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: 'L-stapel' })).length,
      1,
      'one stack row for the same stack sent twice',
    );

    await workerStarten();
    const getrennt = await stapelAbwarten('L-stapel', 10);
    assert.equal(getrennt.status, 'getrennt');
    assert.equal(getrennt.grund, null);
    assert.deepEqual(
      getrennt.positionen.map((p) => [p.position, p.stapel?.abPosition, p.sha256]),
      teile.map((_, i) => [10 + i, 10, getrennt.positionen[i]!.sha256]),
    );
    const zeilen = await positionen('L-stapel');
    assert.deepEqual(
      zeilen.map((z) => [z.position, z.seiten, z.stapel_sha256, z.stapel_ab]),
      [
        [10, 1, sha(scan).toString('hex'), 10],
        [11, 2, sha(scan).toString('hex'), 10],
        [12, 1, sha(scan).toString('hex'), 10],
      ],
    );
    // The stack PDF itself is gone once split (deleted right after the split is committed, then unrecorded).
    const stapelZeile = () => api.t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: 'L-stapel', ab: 10 }).first();
    await waitUntil('stack PDF deleted', async () => (await stapelZeile()).blob_key === null, {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    assert.equal(
      (await api.t.ctx.blobs.get(angenommenerBlob).catch((error: Error) => error.name)) as string,
      'BlobNotFoundError',
    );

    const nochmal = await einliefern('/scan/lieferungen/L-stapel/stapel/10', scan);
    assert.equal(nochmal.status, 200);
    // The stack's own status is the same; its documents may have been started meanwhile (their Eingangsnummer).
    const ohneEingang = (stand: typeof getrennt) => ({
      ...stand,
      positionen: stand.positionen.map((p) => ({ ...p, eingangsnummer: null })),
    });
    assert.deepEqual(ohneEingang(nochmal.body as typeof getrennt), ohneEingang(getrennt));
    assert.equal((await einliefern('/scan/lieferungen/L-stapel/dokumente/11', teile[1]!)).status, 409);
    const anderer = await einliefern('/scan/lieferungen/L-stapel/stapel/10', teile[0]!);
    assert.equal(anderer.status, 409);
    assert.deepEqual((anderer.body as { errors: unknown[] }).errors, [{ feld: 'position', code: 'belegt' }]);
    assert.equal((await positionen('L-stapel')).length, 3);
    const zu = await api.aufrufen('POST', '/scan/lieferungen/L-stapel/abschluss', { token, kopf: key() });
    assert.equal(zu.status, 200);
  });

  it('refuses a stack whose positions are taken by other documents: abgelehnt with its reason, nothing inserted, its PDF deleted', async () => {
    await anlegen('L-stapel-belegt');
    const trenn = await alsScan(await trennblattPdf(), { dpi: 200, grad: 1 });
    const einzeln = await pdfMitSeiten(1, 'Einzeln');
    assert.equal((await einliefern('/scan/lieferungen/L-stapel-belegt/dokumente/3', einzeln)).status, 201);
    // Two documents from position 2: the second would be at 3.
    const scan = await stapel(await pdfMitSeiten(1, 'X'), trenn, await pdfMitSeiten(1, 'Y'));
    assert.equal((await einliefern('/scan/lieferungen/L-stapel-belegt/stapel/2', scan)).status, 202);
    const stapelBlob: string = (
      await api.t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: 'L-stapel-belegt' }).first('blob_key')
    ).blob_key;
    await workerStarten();
    const abgelehnt = await stapelAbwarten('L-stapel-belegt', 2);
    assert.equal(abgelehnt.status, 'abgelehnt');
    assert.equal(abgelehnt.grund, 'positionen_belegt');
    assert.deepEqual(abgelehnt.positionen, []);
    assert.deepEqual(
      (await positionen('L-stapel-belegt')).map((z) => [z.position, z.sha256]),
      [[3, sha(einzeln).toString('hex')]],
    );
    // The status is final first; the stack PDF is deleted right after, then unrecorded.
    const zeileLesen = () => api.t.ctx.db('scan_lieferung_stapel').where({ lieferung_id: 'L-stapel-belegt' }).first();
    await waitUntil('stack PDF deleted', async () => (await zeileLesen()).blob_key === null, {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    assert.deepEqual((await zeileLesen()).teil_blobs, []);
    assert.equal(
      (await api.t.ctx.blobs.get(stapelBlob).catch((error: Error) => error.name)) as string,
      'BlobNotFoundError',
    );
    // Sent again: the same final answer, not a second try.
    const nochmal = await einliefern('/scan/lieferungen/L-stapel-belegt/stapel/2', scan);
    assert.equal(nochmal.status, 200);
    assert.deepEqual(nochmal.body, abgelehnt);
  });

  it('answers the status of a stack not there with 404, of another client’s delivery with 404, and without the scope with 403', async () => {
    await anlegen('L-ohne-stapel');
    assert.equal((await api.aufrufen('GET', '/scan/lieferungen/L-ohne-stapel/stapel/1', { token })).status, 404);
    assert.equal((await api.aufrufen('GET', '/scan/lieferungen/L-gibt-es-nicht/stapel/1', { token })).status, 404);
    const fachverfahren = await api.token();
    const ohneScope = await api.aufrufen('GET', '/scan/lieferungen/L-stapel/stapel/10', { token: fachverfahren });
    assert.equal(ohneScope.status, 403);
    await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-stapel' }).update({ client_id: 'anderer' });
    assert.equal((await api.aufrufen('GET', '/scan/lieferungen/L-stapel/stapel/10', { token })).status, 404);
  });

  it('resumes an interrupted upload: a body cut off stores nothing, the accepted positions are skipped, none is taken twice', async () => {
    await anlegen('L-unterbrochen', 4);
    const pdfs = await Promise.all([1, 2, 3, 4].map((n) => pdfMitSeiten(1, `Dokument ${n}`)));
    for (const n of [1, 2])
      assert.equal((await einliefern(`/scan/lieferungen/L-unterbrochen/dokumente/${n}`, pdfs[n - 1]!)).status, 201);
    // The connection breaks halfway through position 3.
    const drei = Buffer.from(pdfs[2]!);
    await new Promise<void>((resolve) => {
      const url = new URL(`${api.app.url}/api/v1/scan/lieferungen/L-unterbrochen/dokumente/3`);
      const req = request(url, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/pdf',
          'content-length': String(drei.length),
          'content-digest': digest(drei),
          ...key(),
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(drei.subarray(0, Math.floor(drei.length / 2)), () => setTimeout(() => req.destroy(), 50));
    });
    await waitUntil(
      'the cut-off upload is released',
      async () => (await api.t.ctx.db('api_idempotenz').where({ zustand: 'in_bearbeitung' })).length === 0,
      { timeoutMs: 10_000 },
    );
    assert.deepEqual((await lesen('L-unterbrochen')).positionen, [1, 2]);

    // Resume: the client asks what was accepted and sends the rest; sending everything again changes nothing.
    const bekannt = new Set((await lesen('L-unterbrochen')).positionen);
    for (const n of [1, 2, 3, 4].filter((p) => !bekannt.has(p)))
      assert.equal((await einliefern(`/scan/lieferungen/L-unterbrochen/dokumente/${n}`, pdfs[n - 1]!)).status, 201);
    for (const n of [1, 2, 3, 4])
      assert.equal((await einliefern(`/scan/lieferungen/L-unterbrochen/dokumente/${n}`, pdfs[n - 1]!)).status, 200);
    const zeilen = await positionen('L-unterbrochen');
    assert.deepEqual(
      zeilen.map((z) => [z.position, z.sha256]),
      pdfs.map((pdf, i) => [i + 1, sha(pdf).toString('hex')]),
    );
    const lieferung = await lesen('L-unterbrochen');
    assert.deepEqual(lieferung.positionen, [1, 2, 3, 4]);
    assert.equal(lieferung.fortschritt.angenommen, 4);
  });

  it('closes a delivery: it says so, and takes no new document afterwards (a position already taken still answers)', async () => {
    await anlegen('L-zu', 1);
    const pdf = await pdfMitSeiten(1);
    await einliefern('/scan/lieferungen/L-zu/dokumente/1', pdf);
    const zu = await api.aufrufen('POST', '/scan/lieferungen/L-zu/abschluss', { token, kopf: key() });
    assert.equal(zu.status, 200);
    assert.equal((zu.body as Lieferung).status, 'geschlossen');
    assert.equal((await einliefern('/scan/lieferungen/L-zu/dokumente/2', await pdfMitSeiten(2))).status, 409);
    assert.equal((await einliefern('/scan/lieferungen/L-zu/dokumente/1', pdf)).status, 200);
    assert.equal((await api.aufrufen('GET', '/scan/lieferungen/L-gibt-es-nicht', { token })).status, 404);
  });
});
