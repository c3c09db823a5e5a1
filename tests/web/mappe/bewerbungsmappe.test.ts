import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { bewerbungsmappe } from '../../../domain/bewerbungsmappe.js';
import { neueNummer } from '../../../domain/nummern.js';
import { qrCodesLesen } from '../../../platform/scan/qr-lesen.js';
import { mappeOeffnen } from '../../../services/bewerbungsmappe/mappe-oeffnen.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { seitenRendern } from '../../support/pdf-rendern.js';

const TAG = 86_400_000;

async function pdfMit(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText(text, { x: 20, y: 100, size: 12 });
  return doc.save();
}

/** The token of the link the page shows once, and the link itself. */
function linkAus(html: string): { url: string; token: string } {
  const url = /id="link"[^>]*value="([^"]+)"/.exec(html)?.[1] ?? /value="([^"]+)"[^>]*id="link"/.exec(html)?.[1];
  assert.ok(url, 'the page shows the new link');
  return { url, token: url.split('/mappe/')[1]! };
}

describe('Bewerbungsmappe: a client shares documents by link and Bewerberkarte, without sign-in for the visitor', () => {
  let t: TestContext;
  let app: RunningApp;
  let kunde: HttpKunde;
  let andererKunde: HttpKunde;
  let eigenes: { eingangsnummer: string; pdf: Uint8Array };
  let fremdes: string;

  /** A filed submission in a client's gesendet list, as dokumentEingang leaves it (its PDF already rebuilt). */
  async function gesendet(kundennummer: string, text: string) {
    const { id } = await t.ctx.db('kunden').where({ kundennummer }).first('id');
    const pdf = await pdfMit(text);
    const ref = await t.ctx.blobs.put(pdf, 'dokumente');
    const eingangsnummer = neueNummer('E', new Date());
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: id,
      dokumentart: 'Lebenslauf',
      teams: ['vermittlung'],
      status: 'weitergeleitet',
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
      blob_key: ref.key,
    });
    return { eingangsnummer, pdf };
  }

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    t.ctx.config.publicUrl = app.url;
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    andererKunde = new HttpKunde(app.url);
    await andererKunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    const e = await gesendet(demoLogins.kunde.kundennummer, 'Lebenslauf Paula');
    eigenes = e;
    fremdes = (await gesendet(demoLogins.zweiterKunde.kundennummer, 'Lebenslauf Max')).eingangsnummer;
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  async function mappeAnlegen(titel: string, tage?: string) {
    await kunde.holen('/kunde/bewerbungsmappen');
    const antwort = await kunde.senden('/kunde/bewerbungsmappen', { titel, ...(tage ? { tage } : {}) });
    assert.equal(antwort.status, 201, antwort.html.slice(0, 300));
    const id = Number(/action="\/kunde\/bewerbungsmappen\/(\d+)\/dokumente"/.exec(antwort.html)?.[1]);
    return { id, ...linkAus(antwort.html), html: antwort.html };
  }

  it('builds a folder from gesendet, shares it, and a visitor opens and downloads it without sign-in', async () => {
    const vorher = Date.now();
    const mappe = await mappeAnlegen('Bewerbung als Lagerist');
    assert.ok(mappe.url.startsWith(`${app.url}/mappe/`));
    const row = await t.ctx.db('bewerbungsmappen').where({ id: mappe.id }).first();
    assert.notEqual(row.token_hash, mappe.token, 'only a hash of the token is stored');
    assert.ok(!JSON.stringify(row).includes(mappe.token));
    const tage = (new Date(row.gueltig_bis).getTime() - vorher) / TAG;
    assert.ok(tage > 29.99 && tage < 30.01, `default lifetime 30 days, was ${tage}`);

    const hinzu = await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/dokumente`, {
      eingangsnummer: eigenes.eingangsnummer,
    });
    assert.equal(hinzu.status, 302);
    const seite = await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    assert.match(seite.html, /Lebenslauf/);
    assert.doesNotMatch(seite.html, /id="link"/, 'the link is shown only once');

    const besucher = await fetch(mappe.url, { headers: { 'accept-language': 'en' } });
    assert.equal(besucher.status, 200);
    assert.match(besucher.headers.get('x-robots-tag') ?? '', /noindex/);
    const html = await besucher.text();
    assert.match(html, /<meta name="robots" content="noindex, nofollow"/);
    assert.match(html, /lang="en"/);
    assert.match(html, /Bewerbung als Lagerist/);
    assert.doesNotMatch(html, /Paula|Portal|100D000001/, 'nothing else of the client');
    assert.doesNotMatch(html, /\/kunde\//);
    const download = /href="(\/mappe\/[^"]+\/\d+)"/.exec(html)?.[1];
    assert.ok(download);
    const datei = await fetch(`${app.url}${download}`);
    assert.equal(datei.status, 200);
    assert.equal(datei.headers.get('content-type'), 'application/pdf');
    assert.match(datei.headers.get('x-robots-tag') ?? '', /noindex/);
    assert.deepEqual(new Uint8Array(await datei.arrayBuffer()), eigenes.pdf);

    const liste = await kunde.holen('/kunde/bewerbungsmappen');
    assert.match(liste.html, /insgesamt 1-mal geöffnet/, 'the client sees that and how often the link was opened');
    const gezaehlt = await t.ctx
      .db('bewerbungsmappen')
      .where({ id: mappe.id })
      .first('aufrufe', 'zuletzt_geoeffnet_am');
    assert.equal(gezaehlt.aufrufe, 1);
    assert.ok(new Date(gezaehlt.zuletzt_geoeffnet_am).getTime() >= vorher);
  });

  it("refuses another client's document and another client's folder (404)", async () => {
    const mappe = await mappeAnlegen('Zweite Mappe');
    const fremd = await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/dokumente`, { eingangsnummer: fremdes });
    assert.equal(fremd.status, 404);
    assert.equal((await t.ctx.db('bewerbungsmappe_dokumente').where({ mappe_id: mappe.id })).length, 0);
    await andererKunde.holen('/kunde/bewerbungsmappen');
    const fremdeMappe = await andererKunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/dokumente`, {
      eingangsnummer: fremdes,
    });
    assert.equal(fremdeMappe.status, 404);
    assert.equal((await andererKunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`)).status, 404);
    assert.equal((await andererKunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/widerrufen`, {})).status, 404);
    assert.equal((await t.ctx.db('bewerbungsmappen').where({ id: mappe.id }).first()).widerrufen_am, null);
  });

  it('prints a credit-card-size Bewerberkarte whose QR code decodes to the link', async () => {
    const mappe = await mappeAnlegen('Bewerbung Fahrer');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(mappe.html)![1]!;
    const antwort = await fetch(`${app.url}/kunde/bewerbungsmappen/${mappe.id}/karte`, {
      method: 'POST',
      headers: { cookie: kunde.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, token: mappe.token }),
    });
    assert.equal(antwort.status, 200);
    assert.equal(antwort.headers.get('content-type'), 'application/pdf');
    const pdf = new Uint8Array(await antwort.arrayBuffer());
    const [seite] = (await PDFDocument.load(pdf)).getPages();
    const mm = (pt: number) => Math.round(((pt * 25.4) / 72) * 10) / 10;
    assert.deepEqual([mm(seite!.getWidth()), mm(seite!.getHeight())], [85.6, 54]);
    const [bild] = await seitenRendern(pdf, 6);
    // The canvas has whole pixels; the viewport's size at this scale is fractional.
    const breite = Math.floor(bild!.breite);
    const hoehe = bild!.rgba.length / 4 / breite;
    const rgb = Buffer.alloc(breite * hoehe * 3);
    for (let i = 0, j = 0; i < bild!.rgba.length; i += 4, j += 3) {
      rgb[j] = bild!.rgba[i]!;
      rgb[j + 1] = bild!.rgba[i + 1]!;
      rgb[j + 2] = bild!.rgba[i + 2]!;
    }
    const codes = await qrCodesLesen({ art: 'roh', bytes: rgb, breite, hoehe, kanaele: 3, pixel: breite * hoehe });
    assert.deepEqual(codes, [mappe.url]);

    const falsch = await fetch(`${app.url}/kunde/bewerbungsmappen/${mappe.id}/karte`, {
      method: 'POST',
      headers: { cookie: kunde.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ _csrf: csrf, token: 'A'.repeat(43) }),
    });
    assert.equal(falsch.status, 404, 'no card for a token that is not the folder’s');
  });

  it('revoking ends the link at once: the visitor gets a clear page in their language, downloads are gone', async () => {
    const mappe = await mappeAnlegen('Kurz geteilt');
    await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/dokumente`, { eingangsnummer: eigenes.eingangsnummer });
    const offen = await (await fetch(mappe.url)).text();
    const download = /href="(\/mappe\/[^"]+\/\d+)"/.exec(offen)![1]!;
    await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    assert.equal((await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/widerrufen`, {})).status, 302);

    const weg = await fetch(mappe.url, { headers: { 'accept-language': 'tr' } });
    assert.equal(weg.status, 410);
    assert.match(weg.headers.get('x-robots-tag') ?? '', /noindex/);
    const html = await weg.text();
    assert.match(html, /lang="tr"/);
    assert.match(html, /artık erişilemiyor/);
    assert.doesNotMatch(html, /Kurz geteilt|Lebenslauf/);
    assert.equal((await fetch(`${app.url}${download}`)).status, 404);
    assert.match((await kunde.holen('/kunde/bewerbungsmappen')).html, /widerrufen/);
  });

  it('expires after its lifetime (controlled clock) and a new link replaces the old one', async () => {
    const mappe = await mappeAnlegen('Mit Ablauf', '10');
    const { gueltig_bis } = await t.ctx.db('bewerbungsmappen').where({ id: mappe.id }).first('gueltig_bis');
    const bis = new Date(gueltig_bis);
    assert.ok(await mappeOeffnen(t.ctx, mappe.token, new Date(bis.getTime() - 60_000)));
    assert.equal(await mappeOeffnen(t.ctx, mappe.token, bis), undefined);
    assert.equal(await mappeOeffnen(t.ctx, mappe.token, new Date(bis.getTime() + 11 * TAG)), undefined);

    await kunde.holen(`/kunde/bewerbungsmappen/${mappe.id}`);
    const neu = await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/link`, {});
    const neuerLink = linkAus(neu.html);
    assert.notEqual(neuerLink.token, mappe.token);
    assert.equal((await fetch(mappe.url)).status, 410, 'the old link no longer opens');
    assert.equal((await fetch(neuerLink.url)).status, 200);
  });

  it('limits calls per folder: once the bucket is empty a visitor gets 429 with Retry-After', async () => {
    const mappe = await mappeAnlegen('Viel gefragt');
    await kunde.senden(`/kunde/bewerbungsmappen/${mappe.id}/dokumente`, { eingangsnummer: eigenes.eingangsnummer });
    const status: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < bewerbungsmappe.abrufe.vorrat + 5; i++) {
      const antwort = await fetch(mappe.url, { headers: { accept: 'text/html' } });
      await antwort.arrayBuffer();
      status.push(antwort.status);
      if (antwort.status === 429) retryAfter ??= antwort.headers.get('retry-after');
    }
    const erlaubt = status.filter((s) => s === 200).length;
    assert.ok(erlaubt >= bewerbungsmappe.abrufe.vorrat && erlaubt < status.length, `statuses ${status.join(',')}`);
    assert.ok(status.includes(429));
    assert.ok(Number(retryAfter) >= 1);
    const { aufrufe } = await t.ctx.db('bewerbungsmappen').where({ id: mappe.id }).first('aufrufe');
    assert.equal(aufrufe, erlaubt, 'refused calls are not counted as openings');
  });
});
