import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { scanDokumentEinreichen } from '../../../services/scan/scan-dokument-einreichen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { alsScan } from '../../support/scan.js';
import { warteAufStatus } from '../../support/warten.js';

const PAULA = demoLogins.kunde.kundennummer;

describe('Zuordnen: Poststelle assigns scanned paper without a valid code, by keyboard, audited', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let poststelle: HttpKunde;
  let poststelleId: number;
  let scan: Uint8Array;
  let eingangsnummer: string;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    ({ portal: poststelle } = await mitarbeiterAnmelden(app.url, 'demo-poststelle'));
    poststelleId = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-poststelle' }).first('id')).id;
    scan = await alsScan(await pdfMitSeiten(2, 'Brief ohne Bogen'));
    ({ eingangsnummer } = await scanDokumentEinreichen(t.ctx, { bytes: scan }));
    await warteAufStatus(t.ctx, eingangsnummer, 'wartet_auf_zuordnung');
  });
  after(() => stoppen());

  it('is open to Poststelle only', async () => {
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    assert.equal((await leistung.holen('/mitarbeiter/zuordnen')).status, 403);
    assert.equal((await leistung.holen(`/mitarbeiter/zuordnen/${eingangsnummer}/vorschau/0`)).status, 403);
    assert.doesNotMatch(
      (await leistung.holen('/mitarbeiter/postfach/leistung')).html,
      /href="\/mitarbeiter\/zuordnen"/,
    );
  });

  it('shows the oldest waiting scan with page previews and a form that works by keyboard alone', async () => {
    const { status, html } = await poststelle.holen('/mitarbeiter/zuordnen');
    assert.equal(status, 200);
    assert.match(html, new RegExp(`<h2 class="kern-heading-medium" id="zuordnen-titel">${eingangsnummer}`));
    assert.match(html, /Kein Antwortbogen/);
    assert.match(html, new RegExp(`<img src="/mitarbeiter/zuordnen/${eingangsnummer}/vorschau/0"`));
    assert.match(
      html,
      /<input id="kundennummer" name="kundennummer" required(="")? autofocus[^>]* class="kern-form-input__input"/,
    );
    assert.match(
      html,
      /<button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">Zuordnen<\/span><\/button>/,
    );
    const bild = await poststelle.holen(`/mitarbeiter/zuordnen/${eingangsnummer}/vorschau/0`);
    assert.equal(bild.status, 200);
    assert.equal(bild.response.headers.get('content-type'), 'image/jpeg');
    const gesehen = await t.ctx
      .db('audit_log')
      .where({ eingangsnummer, aktion: 'ansehen', mitarbeiter_id: poststelleId });
    assert.ok(gesehen.length >= 1);
  });

  it('refuses an unknown client and a Dokumentart outside the catalogue, changing nothing', async () => {
    const antwort = await poststelle.senden(`/mitarbeiter/zuordnen/${eingangsnummer}`, {
      kundennummer: '999Z999999',
      dokumentart: 'Liebesbrief',
    });
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /kein aktives Kundenkonto/);
    assert.match(antwort.html, /Dokumentart aus der Liste/);
    assert.equal(
      (await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first()).status,
      'wartet_auf_zuordnung',
    );
  });

  it('assigns client and Dokumentart, audits it, and the workflow files and routes the document', async () => {
    const antwort = await poststelle.senden(`/mitarbeiter/zuordnen/${eingangsnummer}`, {
      kundennummer: PAULA.toLowerCase(),
      dokumentart: 'Kontoauszüge',
    });
    assert.equal(antwort.status, 302);
    assert.equal(antwort.location, '/mitarbeiter/zuordnen');
    assert.match((await poststelle.holen('/mitarbeiter/zuordnen')).html, /ist der Kundennummer 100D000001 zugeordnet/);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.deepEqual(row.teams, ['leistung']);
    const audit = await t.ctx.db('audit_log').where({ eingangsnummer, aktion: 'zuordnen' }).first();
    assert.equal(audit.mitarbeiter_id, poststelleId);
    assert.deepEqual(audit.details, { kundennummer: PAULA, dokumentart: 'Kontoauszüge' });
  });

  it("then shows in the client's gesendet list as received by post, with its status trail", async () => {
    const paula = new HttpKunde(app.url);
    await paula.anmelden(PAULA, demoLogins.kunde.passwort);
    const { html } = await paula.holen('/kunde/gesendet');
    const zeile = html.split('<tr').find((z) => z.includes(eingangsnummer));
    assert.ok(zeile, 'listed');
    assert.match(zeile, /Kontoauszüge <span class="kern-hint">\(per Post eingegangen\)<\/span>/);
    assert.match(zeile, /class="verlauf"/);
    assert.match(zeile, /<li class="erreicht">Beim Team<\/li>/);
  });

  it('holds the same file delivered again as a duplicate: not filed unless confirmed, or discarded', async () => {
    const zweiter = await scanDokumentEinreichen(t.ctx, { bytes: scan });
    assert.equal(zweiter.duplikatVon, eingangsnummer);
    await warteAufStatus(t.ctx, zweiter.eingangsnummer, 'wartet_auf_zuordnung');
    const seite = (await poststelle.holen(`/mitarbeiter/zuordnen/${zweiter.eingangsnummer}`)).html;
    assert.match(
      seite,
      new RegExp(`Dieselbe Datei kam schon als <a class="kern-link" href="/mitarbeiter/dokument/${eingangsnummer}">`),
    );
    assert.match(seite, /value="100D000001"/, 'prefilled from the earlier scan');
    const ohne = await poststelle.senden(`/mitarbeiter/zuordnen/${zweiter.eingangsnummer}`, {
      kundennummer: PAULA,
      dokumentart: 'Kontoauszüge',
    });
    assert.equal(ohne.status, 400);
    assert.match(ohne.html, /kein Duplikat/);
    const verworfen = await poststelle.senden(`/mitarbeiter/zuordnen/${zweiter.eingangsnummer}/verwerfen`, {});
    assert.equal(verworfen.status, 302);
    const row = await warteAufStatus(t.ctx, zweiter.eingangsnummer, 'abgelehnt');
    assert.equal(row.ablehnungsgrund, 'duplikat');
    assert.ok(
      await t.ctx.db('audit_log').where({ eingangsnummer: zweiter.eingangsnummer, aktion: 'verwerfen' }).first(),
    );
    assert.equal(await t.ctx.db('dms_ablagen').where({ eingangsnummer: zweiter.eingangsnummer }).first(), undefined);

    const dritter = await scanDokumentEinreichen(t.ctx, { bytes: scan });
    await warteAufStatus(t.ctx, dritter.eingangsnummer, 'wartet_auf_zuordnung');
    await poststelle.holen(`/mitarbeiter/zuordnen/${dritter.eingangsnummer}`);
    const bestaetigt = await poststelle.senden(`/mitarbeiter/zuordnen/${dritter.eingangsnummer}`, {
      kundennummer: PAULA,
      dokumentart: 'Kontoauszüge',
      duplikat_bestaetigt: '1',
    });
    assert.equal(bestaetigt.status, 302);
    await warteAufStatus(t.ctx, dritter.eingangsnummer, 'weitergeleitet');
  });
});
