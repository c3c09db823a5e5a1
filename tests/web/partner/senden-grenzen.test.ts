import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { demoApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { partnerAnmelden } from '../../support/partner.js';

const MB = 1024 * 1024;
const paula = { kundennummer: demoLogins.kunde.kundennummer, bg_nummer: '10001BG0000001', kundenname: 'Paula Portal' };

describe('a partner upload over a limit comes back as the form with its message and every client field kept', () => {
  let stop: () => Promise<void>;
  let anna: HttpKunde;

  before(async () => {
    const demo = await demoApp();
    stop = demo.stop;
    anna = await partnerAnmelden(demo.app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
  });
  after(() => stop());

  it('refuses a file over 25 MB with 413 and keeps Kundennummer, BG-Nummer, name, Dokumentart and Info', async () => {
    const gross = Buffer.alloc(25 * MB + 1, 0x20);
    gross.write('%PDF-1.7\n');
    await anna.holen('/partner/dokument-senden');
    const antwort = await anna.senden(
      '/partner/dokument-senden',
      { ...paula, kunde_berechtigt: 'ja', dokumentart: 'Maßnahmebericht', info: 'Oktober' },
      [{ feld: 'datei1', name: 'bericht.pdf', bytes: gross }],
    );
    assert.equal(antwort.status, 413);
    assert.match(
      antwort.html,
      /<form method="post" action="\/partner\/dokument-senden" enctype="multipart\/form-data"/,
    );
    assert.match(antwort.html, /Die Datei ist größer als 25 MB\./);
    for (const wert of [paula.kundennummer, paula.bg_nummer, paula.kundenname, 'Oktober'])
      assert.match(antwort.html, new RegExp(`value="${wert}"`));
    assert.match(antwort.html, /<option value="Maßnahmebericht" selected/);
  });

  it('calls an empty file empty, not missing', async () => {
    await anna.holen('/partner/dokument-senden');
    const antwort = await anna.senden(
      '/partner/dokument-senden',
      { ...paula, kunde_berechtigt: 'ja', dokumentart: 'Maßnahmebericht' },
      [{ feld: 'datei1', name: 'bericht.pdf', bytes: new Uint8Array() }],
    );
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /Die Datei ist leer\./);
  });
});
