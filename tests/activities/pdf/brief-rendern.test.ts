import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPdfActivities } from '../../../activities/pdf.js';
import type { MitteilungText } from '../../../domain/eingang.js';
import { createDirectoryBlobStore, type BlobStore } from '../../../platform/blob-store.js';
import { testBlobSchluessel } from '../../support/blob-schluessel.js';
import { langeWorte } from '../../support/lange-worte.js';
import { ausserhalbDerRaender, ohneLeerraum, textLaeufe } from '../../support/pdf-text.js';

const RAND = 70;

describe('Mitteilung letter', () => {
  let verzeichnis: string;
  let blobs: BlobStore;

  before(async () => {
    verzeichnis = await mkdtemp(path.join(tmpdir(), 'brief-'));
    blobs = createDirectoryBlobStore(verzeichnis, testBlobSchluessel);
  });
  after(() => rm(verzeichnis, { recursive: true, force: true }));

  async function rendern(mitteilung: MitteilungText) {
    const text = await blobs.put(Buffer.from(JSON.stringify(mitteilung)), 'mitteilungen');
    const { pdf, seiten } = await createPdfActivities({ blobs }).mitteilungRendern({
      text,
      datum: '2026-11-22T10:00:00Z',
    });
    const gelesen = await textLaeufe(await blobs.get(pdf.key));
    assert.equal(gelesen.length, seiten);
    return gelesen;
  }

  it('keeps a 300-character URL, IBAN and compound inside its margins wherever they stand, and loses none of them', async () => {
    const { url, iban, kompositum } = langeWorte;
    const seiten = await rendern({
      betreff: `Änderung ${kompositum}`,
      notiz: `Bitte überweisen Sie auf ${iban} und lesen Sie ${url}.\n\n${kompositum} ${url}`,
      absender: [`Erika ${kompositum}`, url, iban],
    });
    assert.deepEqual(ausserhalbDerRaender(seiten, RAND), []);
    const alles = ohneLeerraum(seiten);
    for (const wort of [url, iban, kompositum]) assert.ok(alles.includes(wort), `${wort.slice(0, 30)}… is whole`);
    assert.ok(alles.includes(`Bitteüberweisen`), 'ordinary words stay in order');
  });

  it('wraps long ordinary text by words within the margins', async () => {
    const satz = 'Hiermit reiche ich die angeforderten Unterlagen zu meinem Weiterbewilligungsantrag nach. ';
    const seiten = await rendern({ betreff: 'Unterlagen', notiz: satz.repeat(40), absender: ['Paula Portal'] });
    assert.deepEqual(ausserhalbDerRaender(seiten, RAND), []);
    const worte = new Set(seiten.flatMap((s) => s.laeufe.flatMap((l) => l.str.split(' '))));
    for (const wort of satz.trim().split(' ')) assert.ok(worte.has(wort), `${wort} is not broken`);
  });
});
