import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import type { TestContext } from '../../support/context.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';

describe('client reads Termine, Eingang, Kontakt and Stammdaten, and only their own', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  let paula: HttpKunde;
  let pia: HttpKunde;
  let paulaId: number;

  before(async () => {
    ({ t, app, stop } = await demoApp());
    paula = new HttpKunde(app.url);
    pia = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    await pia.anmelden(demoLogins.haushalt.kundennummer, demoLogins.haushalt.passwort);
    paulaId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
  });
  after(() => stop());

  it('lists upcoming and past appointments with contact person, room, phone, both Mitteilungen and status', async () => {
    const { status, html } = await paula.holen('/kunde/termine');
    assert.equal(status, 200);
    const [kommend, vergangen] = html.split('id="vergangene"');
    assert.match(kommend!, /Tobias Krüger/);
    assert.match(kommend!, /B 3\.05/);
    assert.match(kommend!, /0123 4567-305/);
    assert.match(kommend!, /Bitte bringen Sie Ihren Lebenslauf mit\./);
    assert.match(kommend!, /Bitte Kontoauszüge der letzten drei Monate mitbringen\./);
    assert.match(kommend!, /Mitteilung 1/);
    assert.match(vergangen!, /Erstgespräch/);
    assert.match(vergangen!, /stattgefunden/);
    assert.doesNotMatch(html, /Beratungsgespräch/, "Max's appointment is not shown");
    assert.doesNotMatch(html, /absagen|stornieren/i, 'no cancelling in the portal');
  });

  it('offers a calendar file per appointment with the right time in UTC and CRLF lines', async () => {
    const termin = await t.ctx.db('termine').where({ kunde_id: paulaId, status: 'geplant' }).orderBy('beginn').first();
    const { response, html: ics } = await paula.holen(`/kunde/termine/${termin.id}.ics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/calendar/);
    assert.match(response.headers.get('content-disposition')!, /^attachment; filename="termin-\d+\.ics"$/);
    const beginn = new Date(termin.beginn).toISOString().replace(/[-:]/g, '').replace('.000', '');
    assert.match(ics, new RegExp(`DTSTART:${beginn}\\r\\n`));
    assert.match(ics, /BEGIN:VEVENT\r\n/);
    assert.match(ics, /LOCATION:Raum B 3\.05\\, Am Rathausplatz 1\\, 12345 Musterstadt/);
    assert.ok(
      ics.split('\r\n').every((zeile) => Buffer.byteLength(zeile) <= 75),
      'lines folded at 75 octets',
    );
  });

  it("answers 404 for another client's appointment, and for a malformed calendar path", async () => {
    const max = await t.ctx.db('kunden').where({ kundennummer: demoLogins.zweiterKunde.kundennummer }).first('id');
    const fremd = await t.ctx.db('termine').where({ kunde_id: max.id }).first('id');
    assert.equal((await paula.holen(`/kunde/termine/${fremd.id}.ics`)).status, 404);
    assert.equal((await paula.holen('/kunde/termine/abc.ics')).status, 404);
  });

  it("shows the client's letters in Eingang but not to another member of the household", async () => {
    const eigen = await paula.holen('/kunde/eingang');
    assert.match(eigen.html, /Bewilligungsbescheid Bürgergeld/);
    assert.match(eigen.html, /Einladung zum Gespräch/);
    const haushalt = await pia.holen('/kunde/eingang');
    assert.doesNotMatch(haushalt.html, /Bewilligungsbescheid/);
    assert.match(haushalt.html, /keine Schreiben/);
  });

  it('downloads a letter as a PDF with a safe file name and records that it was retrieved', async () => {
    const brief = await t.ctx
      .db('ausgangsdokumente')
      .where({ kunde_id: paulaId, name: 'Bewilligungsbescheid Bürgergeld' })
      .first();
    assert.equal(brief.abgerufen_am, null);
    const { response } = await paula.holen(`/kunde/eingang/${brief.ausgangsnummer}/pdf`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="${brief.ausgangsnummer}.pdf"`);
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    assert.ok(pdf.getPageCount() >= 1);
    const danach = await t.ctx.db('ausgangsdokumente').where({ id: brief.id }).first();
    assert.ok(danach.abgerufen_am instanceof Date);
    assert.equal(danach.versandstatus, 'abgerufen');
    const liste = await paula.holen('/kunde/eingang');
    assert.match(liste.html, /geöffnet am/);
  });

  it("answers 404 when a household member asks for the client's letter by its number", async () => {
    const brief = await t.ctx
      .db('ausgangsdokumente')
      .where({ kunde_id: paulaId, name: 'Einladung zum Gespräch' })
      .first();
    assert.equal((await pia.holen(`/kunde/eingang/${brief.ausgangsnummer}/pdf`)).status, 404);
    const danach = await t.ctx.db('ausgangsdokumente').where({ id: brief.id }).first();
    assert.equal(danach.abgerufen_am, null, 'a refused request records nothing');
  });

  it('shows Ansprechpartner and Leistungssachbearbeitung with phone and e-mail, and the opening hours', async () => {
    const { html } = await paula.holen('/kunde/kontakt');
    assert.match(html, /Tobias Krüger/);
    assert.match(html, /tobias\.krueger@jobcenter-musterstadt\.example/);
    assert.match(html, /Katrin Berger/);
    assert.match(html, /href="tel:01234567210"/);
    assert.match(html, /Am Rathausplatz 1/);
    assert.match(html, /Donnerstag/);
  });

  it('shows the master data read-only with the way to report a change', async () => {
    const { html } = await paula.holen('/kunde/stammdaten');
    assert.match(html, /Paula Portal/);
    assert.match(html, /100D000001/);
    assert.match(html, /10001BG0000001/);
    assert.match(html, /Musterweg 5/);
    assert.match(html, /paula\.portal@example\.org/);
    assert.doesNotMatch(html, /<input(?![^>]*type="hidden")/, 'no editable field');
    assert.match(html, /href="\/kunde\/mitteilung-senden"/);
  });

  it('changes the language in Einstellungen for pages and stores it for e-mails', async () => {
    await paula.holen('/kunde/einstellungen');
    const gespeichert = await paula.senden('/kunde/sprache', { sprache: 'en' });
    assert.equal(gespeichert.location, '/kunde/einstellungen');
    const seite = await paula.holen('/kunde/einstellungen');
    assert.match(seite.html, /<html lang="en" dir="ltr">/);
    assert.equal((await t.ctx.db('kunden').where({ id: paulaId }).first('sprache')).sprache, 'en');
    await paula.senden('/kunde/sprache', { sprache: 'de' });
    assert.match((await paula.holen('/kunde/einstellungen')).html, /<html lang="de" dir="ltr">/);
  });

  it('refuses an unknown language and keeps the current one', async () => {
    await paula.holen('/kunde/einstellungen');
    const antwort = await paula.senden('/kunde/sprache', { sprache: 'xx' });
    assert.equal(antwort.status, 400);
    assert.equal((await t.ctx.db('kunden').where({ id: paulaId }).first('sprache')).sprache, 'de');
  });
});
