import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { seedDemoData } from '../../../db/demo/seed.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { animiertesWebp, foto, mehrseitigesTiff } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { warteAufStatus } from '../../support/warten.js';
import { runWorkers } from '../../support/workers.js';
import { zustandQuery } from '../../../workflows/dokument-eingang-nachrichten.js';

const HINWEIS = /Eine Datei war ein bewegtes Bild \(Animation\)\. In die Akte wurde nur ihr erstes Bild übernommen\./;

describe('client sends a multi-page scan and an animation', () => {
  let t: TestContext;
  let app: RunningApp;
  let workers: { stop(): Promise<void> };
  let kunde: HttpKunde;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    app = await startApp(t.ctx);
    workers = await runWorkers(t.ctx);
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
  });
  after(async () => {
    await workers.stop();
    await app.close();
    await t.close();
  });

  async function senden(dateien: Array<{ name: string; bytes: Uint8Array }>): Promise<string> {
    await kunde.holen('/kunde/dokument-senden');
    const antwort = await kunde.senden(
      '/kunde/dokument-senden',
      { dokumentart: 'Kontoauszüge' },
      dateien.map((d, i) => ({ feld: `datei${i + 1}`, ...d })),
    );
    assert.equal(antwort.status, 302);
    const { html } = await kunde.holen(antwort.location!);
    return /Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)![1]!;
  }

  const abgelegtesPdf = async (eingangsnummer: string) =>
    PDFDocument.load(await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.pdf`)));

  it('files every page of a multi-page TIFF as a page of the document, without a notice', async () => {
    const tiff = mehrseitigesTiff([
      { breite: 600, hoehe: 800, grau: 30 },
      { breite: 800, hoehe: 600, grau: 120 },
      { breite: 600, hoehe: 800, grau: 220 },
    ]);
    const eingangsnummer = await senden([{ name: 'scan.tif', bytes: tiff }]);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 3);
    assert.deepEqual(row.hinweise, []);
    const pdf = await abgelegtesPdf(eingangsnummer);
    const groessen = pdf.getPages().map((seite) => seite.getSize());
    assert.equal(groessen.length, 3);
    assert.ok(groessen[1]!.width > groessen[1]!.height, 'the landscape page stays landscape');
    const fragment = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/status`, { 'HX-Request': 'true' });
    assert.doesNotMatch(fragment.html, /kern-hint/);
  });

  it('counts the TIFF pages with the other files, in upload order', async () => {
    const tiff = mehrseitigesTiff([
      { breite: 600, hoehe: 800, grau: 30 },
      { breite: 600, hoehe: 800, grau: 220 },
    ]);
    const eingangsnummer = await senden([
      { name: 'foto.jpg', bytes: await foto() },
      { name: 'scan.tif', bytes: tiff },
      { name: 'quer.jpg', bytes: await foto(1600, 1200) },
    ]);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 4);
    const groessen = (await abgelegtesPdf(eingangsnummer)).getPages().map((seite) => seite.getSize());
    assert.deepEqual(
      groessen.map((g) => g.width > g.height),
      [false, false, false, true],
    );
  });

  it('files the first picture of an animated WebP and tells the client so in the status trail and under gesendet', async () => {
    const eingangsnummer = await senden([
      { name: 'animation.webp', bytes: await animiertesWebp(['#ff0000', '#0000ff']) },
      { name: 'foto.jpg', bytes: await foto() },
    ]);
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.equal(row.seiten, 2);
    assert.deepEqual(row.hinweise, ['animation_erstes_bild']);
    const fragment = await kunde.holen(`/kunde/gesendet/${eingangsnummer}/status`, { 'HX-Request': 'true' });
    assert.match(fragment.html, HINWEIS);
    const liste = await kunde.holen('/kunde/gesendet');
    assert.match(liste.html, HINWEIS);
    const zustand = await t.ctx.temporal.client.workflow.getHandle(eingangsnummer).query(zustandQuery);
    assert.deepEqual(zustand.hinweise, ['animation_erstes_bild']);
  });
});
