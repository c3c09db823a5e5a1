import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { waitUntil } from '../../../platform/wait.js';
import { zurPostGegeben } from '../../../services/ausgang/zur-post.js';
import { apiStarten, type Antwort, type ApiUmgebung } from '../../support/api.js';
import { keinDokument, pdfMitSeiten } from '../../support/dateien.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { runWorkers } from '../../support/workers.js';

interface Versand {
  ausgangsnummer: string;
  versandstatus: string;
  benachrichtigtAm: string | null;
  abgerufenAm: string | null;
  bekanntgabe: { am: string; grundlage: string } | null;
  post: { zurPostAm: string | null; bekanntgabe: unknown } | null;
  partnerId: number | null;
}

const digest = (bytes: Uint8Array) => `sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`;

describe('machine API, Ausgang: a PDF letter published through dokumentAusgang (the staff page\u2019s use case), its delivery read back', () => {
  let api: ApiUmgebung;
  let token: string;
  let workers: { stop(): Promise<void> };
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `ausgang-${++schluessel}` });
  const bescheid = (name: string) => ({
    kundennummer: demoLogins.kunde.kundennummer,
    dokumentart: 'Bescheid',
    bereich: 'leistung',
    name,
  });

  /** POSTs the bytes as the raw body; the answer is checked against the OpenAPI document like every other. */
  async function hochladen(
    abfrage: Record<string, string>,
    pdf: Uint8Array,
    kopf: Record<string, string> = key(),
    { mitToken = token, typ = 'application/pdf' } = {},
  ): Promise<Antwort> {
    const response = await fetch(`${api.app.url}/api/v1/ausgang?${new URLSearchParams(abfrage)}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${mitToken}`,
        'content-type': typ,
        'content-digest': digest(pdf),
        accept: 'application/json',
        ...kopf,
      },
      body: Buffer.from(pdf),
    });
    const text = await response.text();
    const antwort = { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    api.pruefer.pruefen('POST', '/ausgang', antwort);
    return antwort;
  }
  const lesen = async (nummer: string) => (await api.aufrufen('GET', `/ausgang/${nummer}`, { token })).body as Versand;
  const dateien = async () =>
    readdir(path.join(api.t.ctx.config.dataDir, 'blobs', 'ausgang')).then(
      (namen) => namen.length,
      () => 0,
    );
  const briefe = async () => (await api.t.ctx.db('ausgangsdokumente')).length;

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token(undefined, 'ausgang:schreiben');
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  it('refuses a token without ausgang:schreiben with 403 and stores nothing', async () => {
    const ohne = await api.token(undefined, 'termine:schreiben');
    const [vorher, dateienVorher] = [await briefe(), await dateien()];
    const antwort = await hochladen(bescheid('Bescheid ohne Scope'), await pdfMitSeiten(1), key(), { mitToken: ohne });
    assert.equal(antwort.status, 403);
    assert.match((antwort.body as { detail: string }).detail, /ausgang:schreiben/);
    assert.deepEqual([await briefe(), await dateien()], [vorher, dateienVorher]);
  });

  it('publishes a letter to a client (201): alerted by e-mail, shown in her Eingang, retrieved — each step readable with its times and the day of notification', async () => {
    const pdf = await pdfMitSeiten(2);
    const angelegt = await hochladen({ ...bescheid('Bewilligungsbescheid Dezember'), info: 'Bitte lesen' }, pdf);
    assert.equal(angelegt.status, 201);
    const { ausgangsnummer } = angelegt.body as Versand;
    assert.equal(angelegt.headers.get('location'), `/api/v1/ausgang/${ausgangsnummer}`);
    const row = await api.t.ctx.db('ausgangsdokumente').where({ ausgangsnummer }).first();
    // Stored with the Antwortbogen as its last page; the sender's PDF is remembered by its SHA-256.
    assert.equal(row.original_sha256, createHash('sha256').update(pdf).digest('hex'));
    const gespeichert = await PDFDocument.load(await api.t.ctx.blobs.get(row.blob_key));
    assert.equal(gespeichert.getPageCount(), 3);
    const workflow = await api.t.ctx.temporal.client.workflow.getHandle(ausgangsnummer).describe();
    assert.equal(workflow.type, 'dokumentAusgang');

    await waitUntil('alert', async () => (await lesen(ausgangsnummer)).versandstatus === 'benachrichtigt', {
      timeoutMs: 30_000,
    });
    const benachrichtigt = await lesen(ausgangsnummer);
    assert.ok(benachrichtigt.benachrichtigtAm);
    assert.match(benachrichtigt.bekanntgabe!.am, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(benachrichtigt.bekanntgabe!.grundlage, /§ 37 Abs\. 2a/);
    assert.equal(benachrichtigt.post, null);
    assert.ok(api.t.mails.received.some((m) => m.to.includes('paula.portal@example.org')));

    const paula = new HttpKunde(api.app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    assert.match((await paula.holen('/kunde/eingang')).html, /Bewilligungsbescheid Dezember/);
    assert.equal((await paula.holen(`/kunde/eingang/${ausgangsnummer}/pdf`)).status, 200);
    const abgerufen = await lesen(ausgangsnummer);
    assert.equal(abgerufen.versandstatus, 'abgerufen');
    assert.ok(abgerufen.abgerufenAm);
    assert.equal(await api.t.ctx.temporal.client.workflow.getHandle(ausgangsnummer).result(), 'abgerufen');
    const audit = await api.t.ctx
      .db('audit_log')
      .where({ api_client: 'fachverfahren-test' })
      .whereRaw("details->>'ausgangsnummer' = ?", [ausgangsnummer]);
    assert.equal(audit.length, 1);
  });

  it('answers a retry with the same Idempotency-Key with the first answer (one letter), and another PDF under that key with 409', async () => {
    const pdf = await pdfMitSeiten(1, 'Wiederholung');
    const kopf = key();
    const [vorher, dateienVorher] = [await briefe(), await dateien()];
    const erste = await hochladen(bescheid('Einladung Wiederholung'), pdf, kopf);
    const zweite = await hochladen(bescheid('Einladung Wiederholung'), pdf, kopf);
    assert.equal(erste.status, 201);
    assert.equal(zweite.status, 201);
    assert.equal(zweite.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(zweite.body, erste.body);
    const anders = await hochladen(bescheid('Einladung Wiederholung'), await pdfMitSeiten(2, 'Anders'), kopf);
    assert.equal(anders.status, 409);
    assert.deepEqual([await briefe(), await dateien()], [vorher + 1, dateienVorher + 1]);
  });

  it('gives the same letter again for the same referenz and PDF (200), and refuses another PDF under it (409)', async () => {
    const pdf = await pdfMitSeiten(1, 'Referenz');
    const abfrage = { ...bescheid('Anhörung'), referenz: 'FV-BRIEF-77' };
    const erste = await hochladen(abfrage, pdf);
    const wieder = await hochladen(abfrage, pdf);
    assert.equal(erste.status, 201);
    assert.equal(wieder.status, 200);
    assert.equal((wieder.body as Versand).ausgangsnummer, (erste.body as Versand).ausgangsnummer);
    const dateienVorher = await dateien();
    const anders = await hochladen(abfrage, await pdfMitSeiten(3, 'Anders'));
    assert.equal(anders.status, 409);
    assert.equal(await dateien(), dateienVorher);
    assert.equal((await api.t.ctx.db('ausgangsdokumente').where({ fachverfahren_referenz: 'FV-BRIEF-77' })).length, 1);
  });

  it('refuses what is not a PDF (400 kein_pdf), another Content-Type (415), a wrong Content-Digest (400) and an unknown client (400), leaving no file and no row', async () => {
    const [vorher, dateienVorher] = [await briefe(), await dateien()];
    const keinPdf = await hochladen(bescheid('Zip'), keinDokument);
    assert.equal(keinPdf.status, 400);
    assert.deepEqual((keinPdf.body as { errors: unknown[] }).errors, [{ feld: 'datei', code: 'kein_pdf' }]);
    const text = await hochladen(bescheid('Text'), Buffer.from('hallo'), key(), { typ: 'text/plain' });
    assert.equal(text.status, 415);
    const json = await api.aufrufen('POST', '/ausgang', { token, body: { pdf: 'JVBERi0=' }, kopf: key() });
    assert.equal(json.status, 415);
    const pdf = await pdfMitSeiten(1);
    const falscheSumme = await hochladen(bescheid('Summe'), pdf, { ...key(), 'content-digest': digest(keinDokument) });
    assert.equal(falscheSumme.status, 400);
    assert.deepEqual((falscheSumme.body as { errors: unknown[] }).errors, [
      { feld: 'Content-Digest', code: 'passt_nicht' },
    ]);
    const unbekannt = await hochladen({ ...bescheid('Fremd'), kundennummer: '999Z999999' }, pdf);
    assert.equal(unbekannt.status, 400);
    assert.deepEqual((unbekannt.body as { errors: unknown[] }).errors, [{ feld: 'kundennummer', code: 'unbekannt' }]);
    const ohneBereich = await hochladen({ ...bescheid('Bereich'), bereich: 'poststelle' }, pdf);
    assert.deepEqual((ohneBereich.body as { errors: unknown[] }).errors, [{ feld: 'bereich', code: 'wert' }]);
    assert.deepEqual([await briefe(), await dateien()], [vorher, dateienVorher]);
  });

  it('sends a Zuweisung to a partner organisation, which assigns the client there', async () => {
    const partner = await api.t.ctx.db('partner').orderBy('id').first('id');
    const antwort = await hochladen(
      {
        kundennummer: demoLogins.zweiterKunde.kundennummer,
        partnerId: String(partner.id),
        dokumentart: 'Zuweisung',
        bereich: 'vermittlung',
        name: 'Zuweisung Bewerbungstraining',
      },
      await pdfMitSeiten(1),
    );
    assert.equal(antwort.status, 201);
    assert.equal((antwort.body as Versand).partnerId, partner.id);
    const kunde = await api.t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .first('id');
    assert.ok(await api.t.ctx.db('partner_kunden').where({ partner_id: partner.id, kunde_id: kunde.id }).first());
  });

  it('shows the paper fallback when the client has no e-mail address: postversand at once, then the posting day staff record', async () => {
    await api.t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.haushalt.kundennummer })
      .update({ email: null, online_zustellung_seit: new Date('2026-01-05T08:00:00Z') });
    const antwort = await hochladen(
      { ...bescheid('Bescheid auf Papier'), kundennummer: demoLogins.haushalt.kundennummer },
      await pdfMitSeiten(1),
    );
    const { ausgangsnummer } = antwort.body as Versand;
    assert.equal(await api.t.ctx.temporal.client.workflow.getHandle(ausgangsnummer).result(), 'postversand');
    const papier = await lesen(ausgangsnummer);
    assert.equal(papier.versandstatus, 'postversand');
    assert.deepEqual(papier.post, { zurPostAm: null, bekanntgabe: null });
    assert.equal(papier.benachrichtigtAm, null);
    await zurPostGegeben(api.t.ctx.db, ausgangsnummer);
    const gepostet = await lesen(ausgangsnummer);
    assert.ok(gepostet.post?.zurPostAm);
    assert.match(JSON.stringify(gepostet.post?.bekanntgabe), /§ 37 Abs\. 2 Satz 1/);
  });
});
