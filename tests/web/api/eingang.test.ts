import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { neueNummer } from '../../../domain/nummern.js';
import { createProjektionActivities } from '../../../activities/projektion.js';
import { dokumentEinreichen } from '../../../services/eingang/einreichen.js';
import { apiStarten, fachverfahren, type ApiUmgebung } from '../../support/api.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { warteAufStatus } from '../../support/warten.js';
import { waitUntil } from '../../../platform/wait.js';
import { runWorkers } from '../../support/workers.js';

interface Eintrag {
  eingangsnummer: string;
  kundennummer: string;
  status: string;
  pdf: boolean;
  geaendertAm: string;
}
interface Seite {
  eintraege: Eintrag[];
  naechster: string;
  weitere: boolean;
}

describe('machine API, Eingang: change feed with cursor paging, one document with its status trail, the filed PDF audited', () => {
  let api: ApiUmgebung;
  let token: string;
  let workers: { stop(): Promise<void> };
  const projektion = () => createProjektionActivities({ db: api.t.ctx.db });

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token();
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  /** A client of its own, created through the API, with `anzahl` documents inserted as the projection would hold them. */
  async function kundeMitEingaengen(kundennummer: string, anzahl: number): Promise<string[]> {
    const angelegt = await api.aufrufen('PUT', `/kunden/${kundennummer}`, {
      token,
      body: { bgNummer: 'BG1', vorname: 'Lea', nachname: 'Liste', onlineZustellungSeit: null },
      kopf: { 'idempotency-key': `kunde-${kundennummer}` },
    });
    assert.equal(angelegt.status, 201);
    const { id } = await api.t.ctx.db('kunden').where({ kundennummer }).first('id');
    const nummern = Array.from({ length: anzahl }, () => neueNummer('E'));
    const zeit = new Date();
    await api.t.ctx.db('eingangsdokumente').insert(
      nummern.map((eingangsnummer) => ({
        eingangsnummer,
        art: 'dokument',
        kanal: 'kunde',
        kunde_id: id,
        dokumentart: 'Lohnabrechnung',
        status: 'weitergeleitet',
        letzter_schritt: 5,
        teams: ['leistung'],
        eingegangen_am: zeit,
        aktualisiert_am: zeit,
      })),
    );
    return nummern;
  }

  /** The next status step through the real projection, as the workflow's activity writes it. */
  const weiter = (eingangsnummer: string, schritt: number, status: 'in_bearbeitung' | 'erledigt') =>
    projektion().statusProjizieren({ eingangsnummer, schritt, status, zeit: new Date().toISOString() });

  /**
   * The feed lists only changes older than every transaction still running in the PostgreSQL cluster, and other test
   * files share the cluster: before a page that must show the changes made so far, wait until every transaction open
   * now has ended.
   */
  const frueherAbgeschlossen = async () => {
    const db = api.t.ctx.db;
    const { rows } = await db.raw('select pg_snapshot_xmax(pg_current_snapshot())::text as grenze');
    await waitUntil(
      'every transaction open before has ended',
      async () =>
        (await db.raw('select pg_snapshot_xmin(pg_current_snapshot()) >= ?::xid8 as ok', [rows[0].grenze])).rows[0].ok,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  };

  const seite = async (abfrage: string, { warten = true } = {}): Promise<Seite> => {
    if (warten) await frueherAbgeschlossen();
    const antwort = await api.aufrufen('GET', `/eingaenge?${abfrage}`, { token });
    assert.equal(antwort.status, 200, JSON.stringify(antwort.body));
    return antwort.body as Seite;
  };

  it('lists a real submission, reads it with its status trail, and streams its filed PDF, audited like a staff download', async () => {
    const { eingangsnummer } = await dokumentEinreichen(api.t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await pdfMitSeiten(2)],
    });
    const row = await warteAufStatus(api.t.ctx, eingangsnummer, 'weitergeleitet');

    const liste = await seite(`kundennummer=${demoLogins.kunde.kundennummer.toLowerCase()}`);
    const eintrag = liste.eintraege.find((e) => e.eingangsnummer === eingangsnummer);
    assert.ok(eintrag, 'the submission is listed');
    assert.equal(eintrag.kundennummer, demoLogins.kunde.kundennummer);
    assert.equal(eintrag.status, 'weitergeleitet');
    assert.equal(eintrag.pdf, true);

    const gelesen = await api.aufrufen('GET', `/eingaenge/${eingangsnummer}`, { token });
    assert.equal(gelesen.status, 200);
    const { verlauf, seiten, dmsReferenz } = gelesen.body as {
      verlauf: Array<{ schritt: number; status: string }>;
      seiten: number;
      dmsReferenz: string;
    };
    const timeline = await api.t.ctx.db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt');
    assert.deepEqual(
      verlauf.map((s) => [s.schritt, s.status]),
      timeline.map((s) => [s.schritt, s.status]),
    );
    assert.equal(verlauf[0]!.status, 'eingegangen');
    assert.equal(verlauf.at(-1)!.status, 'weitergeleitet');
    assert.equal(seiten, 2);
    assert.equal(dmsReferenz, row.dms_referenz);

    const pdf = await api.aufrufen('GET', `/eingaenge/${eingangsnummer}/pdf`, { token });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('content-disposition'), `attachment; filename="${eingangsnummer}.pdf"`);
    assert.deepEqual(pdf.body, await api.t.ctx.blobs.get(row.blob_key as string));

    const audit = await api.t.ctx.db('audit_log').where({ eingangsnummer, aktion: 'herunterladen' });
    assert.equal(audit.length, 1);
    assert.equal(audit[0].api_client, fachverfahren.clientId);
    assert.equal(audit[0].mitarbeiter_id, null);
    const aufruf = await api.t.ctx
      .db('audit_log')
      .where({ aktion: 'api_aufruf', api_client: fachverfahren.clientId })
      .whereRaw("details->>'pfad' = ?", [`/api/v1/eingaenge/${eingangsnummer}/pdf`]);
    assert.equal(aufruf.length, 1, 'the call itself is audited as every API call');
  });

  it('pages through more than one page while rows change: nothing skipped, nothing twice unless it changed after it was listed', async () => {
    const nummern = await kundeMitEingaengen('500A000001', 25);
    const gesehen: Eintrag[] = [];
    let s = await seite('kundennummer=500A000001&limit=10');
    gesehen.push(...s.eintraege);
    assert.equal(s.eintraege.length, 10);
    assert.equal(s.weitere, true);

    const gelistet = new Set(gesehen.map((e) => e.eingangsnummer));
    const vorne = nummern.filter((n) => !gelistet.has(n)).slice(0, 3);
    const hinten = [...gelistet].slice(0, 2);
    for (const n of [...vorne, ...hinten]) await weiter(n, 6, 'in_bearbeitung');
    // A new submission arrives meanwhile.
    const neu = neueNummer('E');
    const { kunde_id } = await api.t.ctx
      .db('eingangsdokumente')
      .where({ eingangsnummer: nummern[0] })
      .first('kunde_id');
    await api.t.ctx.db('eingangsdokumente').insert({
      eingangsnummer: neu,
      art: 'mitteilung',
      kanal: 'kunde',
      kunde_id,
      dokumentart: 'Mitteilung',
      status: 'eingegangen',
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
    });

    let seiten = 1;
    while (s.weitere) {
      s = await seite(`cursor=${s.naechster}&limit=10`);
      gesehen.push(...s.eintraege);
      seiten++;
    }
    assert.ok(seiten >= 3, `paged over ${seiten} pages`);

    const anzahl = (n: string) => gesehen.filter((e) => e.eingangsnummer === n).length;
    for (const n of [...nummern, neu]) assert.ok(anzahl(n) >= 1, `${n} listed`);
    for (const n of nummern.filter((n) => !hinten.includes(n))) assert.equal(anzahl(n), 1, `${n} listed once`);
    for (const n of vorne) assert.equal(gesehen.find((e) => e.eingangsnummer === n)!.status, 'in_bearbeitung');
    for (const n of hinten) {
      assert.deepEqual(
        gesehen.filter((e) => e.eingangsnummer === n).map((e) => e.status),
        ['weitergeleitet', 'in_bearbeitung'],
        `${n} comes again with its new state`,
      );
    }
    assert.equal(gesehen.length, 25 + 1 + hinten.length);

    // Resuming later from the last cursor gives only what changed since.
    assert.deepEqual((await seite(`cursor=${s.naechster}`)).eintraege, []);
    await weiter(nummern[7]!, 7, 'erledigt');
    assert.deepEqual(
      (await seite(`cursor=${s.naechster}`)).eintraege.map((e) => [e.eingangsnummer, e.status]),
      [[nummern[7], 'erledigt']],
    );
  });

  it('holds back a change of a transaction still open, so one committed later cannot slip behind a position already handed out', async () => {
    const [x, y] = await kundeMitEingaengen('500A000003', 2);
    let s = await seite('kundennummer=500A000003');
    assert.equal(s.eintraege.length, 2);

    const offen = await api.t.ctx.db.transaction();
    try {
      // x changes in a transaction that stays open; y changes afterwards in one that commits at once.
      await offen('eingangsdokumente').where({ eingangsnummer: x }).update({ status: 'in_bearbeitung' });
      await weiter(y!, 6, 'in_bearbeitung');
      s = await seite(`cursor=${s.naechster}`, { warten: false });
      assert.deepEqual(s.eintraege, [], 'y waits until the older open transaction has ended');
      await offen.commit();
    } catch (error) {
      await offen.rollback();
      throw error;
    }
    s = await seite(`cursor=${s.naechster}`);
    assert.deepEqual(
      s.eintraege.map((e) => [e.eingangsnummer, e.status]),
      [
        [x, 'in_bearbeitung'],
        [y, 'in_bearbeitung'],
      ],
    );
  });

  it('filters by status and change time, and keeps a cursor to its own filters', async () => {
    const nummern = await kundeMitEingaengen('500A000004', 4);
    const vorher = new Date(Date.now() - 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const seit = new Date().toISOString();
    await weiter(nummern[1]!, 6, 'erledigt');

    const erledigt = await seite('kundennummer=500A000004&status=erledigt');
    assert.deepEqual(
      erledigt.eintraege.map((e) => e.eingangsnummer),
      [nummern[1]],
    );
    const geaendert = await seite(`kundennummer=500A000004&geaendertSeit=${encodeURIComponent(seit)}`);
    assert.deepEqual(
      geaendert.eintraege.map((e) => e.eingangsnummer),
      [nummern[1]],
    );
    assert.equal(
      (await seite(`kundennummer=500A000004&geaendertSeit=${encodeURIComponent(vorher)}`)).eintraege.length,
      4,
    );

    const anderer = await api.aufrufen('GET', `/eingaenge?kundennummer=500A000001&cursor=${erledigt.naechster}`, {
      token,
    });
    assert.equal(anderer.status, 400);
    assert.deepEqual((anderer.body as { errors: unknown }).errors, [
      { feld: 'kundennummer', code: 'passt_nicht_zum_cursor' },
    ]);
    const gleich = await api.aufrufen('GET', `/eingaenge?kundennummer=500a000004&cursor=${erledigt.naechster}`, {
      token,
    });
    assert.equal(gleich.status, 200);

    for (const [abfrage, feld] of [
      ['cursor=kaputt', 'cursor'],
      ['limit=201', 'limit'],
      ['limit=0', 'limit'],
      ['status=verschollen', 'status'],
      ['seite=2', 'seite'],
    ]) {
      const falsch = await api.aufrufen('GET', `/eingaenge?${abfrage}`, { token });
      assert.equal(falsch.status, 400, abfrage);
      assert.equal((falsch.body as { errors: Array<{ feld: string }> }).errors[0]!.feld, feld, abfrage);
    }
  });

  it('answers 404 for an unknown number and for the PDF of a refused document, and 403 without eingang:lesen', async () => {
    const [abgelehnt] = await kundeMitEingaengen('500A000005', 1);
    await api.t.ctx.db('eingangsdokumente').where({ eingangsnummer: abgelehnt }).update({
      status: 'abgelehnt',
      ablehnungsgrund: 'dateityp',
    });
    assert.equal((await api.aufrufen('GET', '/eingaenge/E26-AAAA-BBBB', { token })).status, 404);
    assert.equal((await api.aufrufen('GET', `/eingaenge/${abgelehnt}/pdf`, { token })).status, 404);
    assert.equal(
      (await api.t.ctx.db('audit_log').where({ eingangsnummer: abgelehnt, aktion: 'herunterladen' })).length,
      0,
    );
    const ohne = await api.token(fachverfahren, 'kunden:lesen');
    for (const pfad of ['/eingaenge', `/eingaenge/${abgelehnt}`, `/eingaenge/${abgelehnt}/pdf`])
      assert.equal((await api.aufrufen('GET', pfad, { token: ohne })).status, 403, pfad);
  });
});
