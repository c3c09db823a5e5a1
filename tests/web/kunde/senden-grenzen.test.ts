import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import type { TestContext } from '../../support/context.js';

const MB = 1024 * 1024;
/** A file that passes the type check: a PDF header, then filler. */
const pdfDatei = (bytes: number) => {
  const datei = Buffer.alloc(bytes, 0x20);
  datei.write('%PDF-1.7\n');
  return datei;
};

describe('a client upload over a limit comes back as the form with its message, the fields kept', () => {
  let t: TestContext;
  let app: RunningApp;
  let stop: () => Promise<void>;
  let kunde: HttpKunde;
  const zeilen = () =>
    t.ctx
      .db('eingangsdokumente')
      .count({ n: '*' })
      .first()
      .then((r) => Number(r?.n));

  before(async () => {
    ({ t, app, stop } = await demoApp());
    kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
  });
  after(() => stop());

  const senden = async (dateien: Array<{ feld: string; name: string; bytes: Uint8Array }>) => {
    await kunde.holen('/kunde/dokument-senden');
    return kunde.senden('/kunde/dokument-senden', { dokumentart: 'Kontoauszüge', info: 'Girokonto März' }, dateien);
  };

  const formularMitFeldern = (html: string) => {
    assert.match(
      html,
      /<form method="post" action="\/kunde\/dokument-senden" enctype="multipart\/form-data"/,
      'the upload form, not the error page',
    );
    assert.match(html, /<option value="Kontoauszüge" selected/, 'Dokumentart kept');
    assert.match(html, /value="Girokonto März"/, 'Info kept');
  };

  it('refuses 21 files with "höchstens 20 Dateien" (400)', async () => {
    const vorher = await zeilen();
    const antwort = await senden(
      Array.from({ length: 21 }, (_, i) => ({ feld: 'datei1', name: `seite${i + 1}.pdf`, bytes: pdfDatei(100) })),
    );
    assert.equal(antwort.status, 400);
    formularMitFeldern(antwort.html);
    assert.match(antwort.html, /Bitte senden Sie höchstens 20 Dateien auf einmal\./);
    assert.equal(await zeilen(), vorher);
  });

  it('refuses a file over 25 MB with its message (413)', async () => {
    const antwort = await senden([
      { feld: 'datei1', name: 'klein.pdf', bytes: pdfDatei(1000) },
      { feld: 'datei1', name: 'gross.pdf', bytes: pdfDatei(25 * MB + 1) },
    ]);
    assert.equal(antwort.status, 413);
    formularMitFeldern(antwort.html);
    assert.match(antwort.html, /Die Datei ist größer als 25 MB\./);
  });

  it('refuses files over 100 MB together with its message (413)', async () => {
    const antwort = await senden(
      Array.from({ length: 5 }, (_, i) => ({ feld: 'datei1', name: `teil${i + 1}.pdf`, bytes: pdfDatei(21 * MB) })),
    );
    assert.equal(antwort.status, 413);
    formularMitFeldern(antwort.html);
    assert.match(antwort.html, /Die Dateien sind zusammen größer als 100 MB\./);
  });

  it('calls an empty file empty, not missing', async () => {
    const antwort = await senden([{ feld: 'datei1', name: 'scan.pdf', bytes: new Uint8Array() }]);
    assert.equal(antwort.status, 400);
    formularMitFeldern(antwort.html);
    assert.match(antwort.html, /Die Datei ist leer\./);
    assert.doesNotMatch(antwort.html, /mindestens eine Datei/);
  });

  it("answers in the client's language", async () => {
    await kunde.holen('/kunde/einstellungen');
    assert.equal((await kunde.senden('/kunde/sprache', { sprache: 'en' })).status, 302);
    const antwort = await senden(
      Array.from({ length: 21 }, (_, i) => ({ feld: 'datei1', name: `page${i + 1}.pdf`, bytes: pdfDatei(100) })),
    );
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Please send no more than 20 files at once\./);
    assert.match(antwort.html, /value="Girokonto März"/);
  });
});
