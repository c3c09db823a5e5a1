import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { qrInhaltLesen } from '../../../domain/antwortbogen-code.js';
import { qrCodesLesen } from '../../../platform/scan/qr-lesen.js';
import { briefBereitstellen } from '../../../services/ausgang/brief-bereitstellen.js';
import { zugangErneuern } from '../../../services/konten/zugang-erneuern.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { seitenRendern } from '../../support/pdf-rendern.js';
import { textLaeufe } from '../../support/pdf-text.js';

/** The code on the last page, read from its rendering as a printer would put it on paper. */
async function codeDerLetztenSeite(t: TestContext, pdf: Uint8Array) {
  const seiten = await seitenRendern(pdf, 2);
  const letzte = seiten.at(-1)!;
  const breite = Math.floor(letzte.breite);
  const rgb = Buffer.alloc((letzte.rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < letzte.rgba.length; i += 4, j += 3) rgb.set(letzte.rgba.subarray(i, i + 3), j);
  const hoehe = letzte.rgba.length / 4 / breite;
  const texte = await qrCodesLesen({ art: 'roh', bytes: rgb, breite, hoehe, kanaele: 3, pixel: breite * hoehe });
  assert.equal(texte.length, 1);
  return qrInhaltLesen(texte[0]!, t.ctx.config.qrSchluessel);
}

const text = async (pdf: Uint8Array) =>
  (await textLaeufe(pdf))
    .at(-1)!
    .laeufe.map((l) => l.str)
    .join(' ');

describe('every outgoing letter ends with an Antwortbogen whose code verifies', () => {
  let t: TestContext;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
  });
  after(() => t.close());

  it("adds it to a letter staff send through dokumentAusgang, with the Ausgangsnummer and the client's language", async () => {
    await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).update({ sprache: 'tr' });
    const staff = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id');
    const { ausgangsnummer } = await briefBereitstellen(t.ctx, {
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Bewilligungsbescheid',
      pdf: await pdfMitSeiten(2, 'Bescheid'),
      erstelltVon: staff.id,
    });
    const row = await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer }).first('blob_key', 'sha256');
    const pdf = await t.ctx.blobs.get(row.blob_key);
    assert.equal((await PDFDocument.load(pdf)).getPageCount(), 3);
    assert.deepEqual(await codeDerLetztenSeite(t, pdf), {
      art: 'antwortbogen',
      bogen: {
        kundennummer: demoLogins.kunde.kundennummer,
        referenz: ausgangsnummer,
        dokumentart: 'Sonstiges - Leistung',
      },
    });
    const worte = await text(pdf);
    assert.match(worte, /Antwortbogen/);
    assert.match(worte, /Yanıt formu/);
    assert.match(worte, new RegExp(ausgangsnummer));
    await t.ctx.temporal.client.workflow.getHandle(ausgangsnummer).terminate('test over');
  });

  it('adds it to an access letter', async () => {
    const { pdf } = await zugangErneuern(t.ctx.db, demoLogins.zweiterKunde.kundennummer, t.ctx.config.qrSchluessel);
    const inhalt = await codeDerLetztenSeite(t, pdf);
    assert.equal(inhalt.art, 'antwortbogen');
    if (inhalt.art !== 'antwortbogen') return;
    assert.equal(inhalt.bogen.kundennummer, demoLogins.zweiterKunde.kundennummer);
    assert.match(inhalt.bogen.referenz, /^Zugangsschreiben \d{4}-\d{2}-\d{2}$/);
    assert.equal(inhalt.bogen.dokumentart, 'Sonstiges');
  });
});
