import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { imEAkte } from '../../../domain/scan-lieferung.js';
import { waitUntil } from '../../../platform/wait.js';
import { apiStarten, scandienst, type Antwort, type ApiUmgebung } from '../../support/api.js';
import { pdfMitSeiten, verschluesseltesPdf } from '../../support/dateien.js';
import { ohneLeerraum, textLaeufe } from '../../support/pdf-text.js';
import { runWorkers } from '../../support/workers.js';

interface Protokoll {
  lieferungId: string;
  empfangen: number;
  abgelegt: number;
  abgelehnt: Array<{ position: number; eingangsnummer: string; grund: string | null }>;
  duplikate: unknown[];
  zeitBisEAkte: { p50Sekunden: number | null; p95Sekunden: number | null };
  fristEingehalten: boolean;
}

const digest = (bytes: Uint8Array) => `sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`;
const heuteInBerlin = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

describe('machine API, scan deliveries: the Übergabeprotokoll of a finished delivery as JSON and PDF', () => {
  let api: ApiUmgebung;
  let workers: { stop(): Promise<void> };
  let token: string;
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `protokoll-${++schluessel}` });
  const id = 'L-protokoll';
  const pfad = `/scan/lieferungen/${id}/uebergabeprotokoll`;

  async function einliefern(position: number, pdf: Uint8Array, abfrage: Record<string, string> = {}) {
    const adresse = `/scan/lieferungen/${id}/dokumente/${position}`;
    const response = await fetch(`${api.app.url}/api/v1${adresse}?${new URLSearchParams(abfrage)}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/pdf',
        'content-digest': digest(pdf),
        accept: 'application/json',
        ...key(),
      },
      body: Buffer.from(pdf),
    });
    const antwort = { status: response.status, headers: response.headers, body: await response.json() };
    api.pruefer.pruefen('PUT', adresse, antwort);
    assert.equal(antwort.status, 201);
  }
  const holen = (adresse: string, accept = 'application/json'): Promise<Antwort> =>
    api.aufrufen('GET', adresse, { token, kopf: { accept } });

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token(scandienst, 'scan:einliefern');
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  it('answers 409 until the delivery is final, then gives the receipt whose counts match, the same as JSON and as PDF, by Accept or by suffix', async () => {
    const angelegt = await api.aufrufen('POST', '/scan/lieferungen', {
      token,
      body: { lieferungId: id, scanDatum: heuteInBerlin(), erwartet: 3 },
      kopf: key(),
    });
    assert.equal(angelegt.status, 201);
    const angaben = { kundennummer: demoLogins.kunde.kundennummer, dokumentart: 'Kontoauszüge' };
    await einliefern(1, await pdfMitSeiten(1, 'Kontoauszug Januar'), angaben);
    await einliefern(2, await pdfMitSeiten(2, 'Kontoauszug Februar'), angaben);
    // Password-protected: the pipeline refuses it with a reason.
    await einliefern(3, await verschluesseltesPdf({ userPassword: 'geheim', ownerPassword: 'bank' }), angaben);

    for (const [adresse, accept] of [
      [pfad, 'application/json'],
      [pfad, 'application/pdf'],
      [`${pfad}.json`, 'application/json'],
      [`${pfad}.pdf`, 'application/pdf'],
    ] as const) {
      const frueh = await holen(adresse, accept);
      assert.equal(frueh.status, 409, adresse);
      assert.equal(frueh.headers.get('content-type'), 'application/problem+json');
      assert.deepEqual((frueh.body as { errors: unknown }).errors, [
        { feld: 'lieferungId', code: 'nicht_abgeschlossen' },
      ]);
    }

    const final = [...imEAkte, 'abgelehnt'];
    await waitUntil(
      'every document of the delivery is final',
      async () => {
        const zeilen = await api.t.ctx
          .db('scan_lieferung_positionen as p')
          .join('eingangsdokumente as e', 'e.eingangsnummer', 'p.eingangsnummer')
          .where('p.lieferung_id', id)
          .select('e.status');
        return zeilen.length === 3 && zeilen.every((z: { status: string }) => final.includes(z.status));
      },
      { timeoutMs: 60_000 },
    );
    // Still open: the scan service has not said it sent everything.
    assert.equal((await holen(pfad)).status, 409);
    assert.equal((await api.aufrufen('POST', `/scan/lieferungen/${id}/abschluss`, { token, kopf: key() })).status, 200);
    await waitUntil(
      'the delivery is abgeschlossen',
      async () => ((await holen(`/scan/lieferungen/${id}`)).body as { status: string }).status === 'abgeschlossen',
      { timeoutMs: 30_000 },
    );

    const json = await holen(pfad);
    assert.equal(json.status, 200);
    const protokoll = json.body as Protokoll;
    assert.equal(protokoll.lieferungId, id);
    assert.equal(protokoll.empfangen, 3);
    assert.equal(protokoll.abgelegt, 2);
    assert.deepEqual(
      protokoll.abgelehnt.map((a) => a.position),
      [3],
    );
    assert.ok(protokoll.abgelehnt[0]!.grund, 'a refused document names its reason');
    assert.deepEqual(protokoll.duplikate, []);
    assert.equal(protokoll.fristEingehalten, true);
    assert.ok(protokoll.zeitBisEAkte.p50Sekunden !== null && protokoll.zeitBisEAkte.p50Sekunden >= 0);
    assert.ok(protokoll.zeitBisEAkte.p95Sekunden! >= protokoll.zeitBisEAkte.p50Sekunden);
    const gespeichert = await api.t.ctx.db('scan_lieferungen').where({ lieferung_id: id }).first('protokoll');
    assert.deepEqual(protokoll, gespeichert.protokoll);
    assert.deepEqual((await holen(`${pfad}.json`)).body, protokoll);
    assert.deepEqual((await holen(pfad, '*/*')).body, protokoll);

    const pdf = await holen(pfad, 'application/pdf');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = pdf.body as Buffer;
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = ohneLeerraum(await textLaeufe(bytes));
    for (const erwartet of [id, 'Empfangen:3', 'InderE-Akteabgelegt:2', 'Abgelehnt:1', 'Duplikate:0'])
      assert.ok(text.includes(erwartet), `the PDF says ${erwartet}: ${text}`);
    const mitEndung = await holen(`${pfad}.pdf`, '*/*');
    assert.match(
      mitEndung.headers.get('content-disposition') ?? '',
      /^attachment; filename="uebergabeprotokoll-L-protokoll\.pdf"$/,
    );
    assert.equal(Buffer.compare(mitEndung.body as Buffer, bytes), 0);

    assert.equal((await holen(pfad, 'text/html')).status, 406);
  });

  it('keeps the receipt to its own scan service: without the scope 403, an unknown delivery 404', async () => {
    const fachverfahren = await api.token();
    assert.equal((await api.aufrufen('GET', pfad, { token: fachverfahren })).status, 403);
    assert.equal((await holen('/scan/lieferungen/L-unbekannt/uebergabeprotokoll')).status, 404);
    assert.equal((await holen('/scan/lieferungen/L-unbekannt/uebergabeprotokoll.pdf', 'application/pdf')).status, 404);
  });
});
