import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listeExportieren, type ExportListe } from '../../../web/export/index.js';
import { langeWorte } from '../../support/lange-worte.js';
import { ausserhalbDerRaender, ohneLeerraum, textLaeufe } from '../../support/pdf-text.js';

interface Seite {
  text: string;
  breite: number;
  hoehe: number;
  /** Right edge of the text piece reaching furthest right. */
  rechtsBis: number;
}

/** Reads every page's text with pdf.js, as a PDF viewer would. */
async function seitenLesen(body: Buffer): Promise<Seite[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dokument = await pdfjs.getDocument({
    data: new Uint8Array(body),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const seiten: Seite[] = [];
  for (let n = 1; n <= dokument.numPages; n++) {
    const seite = await dokument.getPage(n);
    const [, , breite, hoehe] = seite.view as [number, number, number, number];
    const stuecke = (await seite.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
    seiten.push({
      text: stuecke
        .map((s) => s.str)
        .join(' ')
        .replace(/\s+/g, ' '),
      breite,
      hoehe,
      rechtsBis: Math.max(0, ...stuecke.map((s) => (s.transform[4] as number) + s.width)),
    });
  }
  await dokument.destroy();
  return seiten;
}

const liste = (zeilen: string[][]): ExportListe => ({
  titel: 'Gesendete Dokumente',
  untertitel: 'Bildungswerk Musterstadt',
  spalten: ['Erstelldatum', 'Nummer', 'Betreff', 'Status'],
  zeilen,
  erstelltAm: new Date('2026-11-22T10:00:00Z'),
});

const pdfLesen = async (l: ExportListe) => seitenLesen((await listeExportieren('pdf', l)).body);
const viele = (anzahl: number) =>
  Array.from({ length: anzahl }, (_, i) => [
    `${(i % 28) + 1}.11.2026`,
    `E-2026-${i + 1}`,
    `Bericht Nr. ${i + 1}`,
    'abgerufen',
  ]);

describe('PDF export', () => {
  it('prints title, organisation and "Stand" in Berlin time on an A4 landscape page', async () => {
    const [seite, ...weitere] = await pdfLesen(liste(viele(3)));
    assert.equal(weitere.length, 0);
    assert.deepEqual([Math.round(seite!.breite), Math.round(seite!.hoehe)], [842, 595]);
    assert.match(seite!.text, /^Gesendete Dokumente Bildungswerk Musterstadt Stand: 22\.11\.2026, 11:00/);
    assert.match(seite!.text, /Erstelldatum Nummer Betreff Status/);
    assert.match(seite!.text, /Seite 1 von 1$/);
  });

  it('holds every value of every row, umlauts, Turkish and Cyrillic included', async () => {
    const zeilen = [
      ['22.11.2026', 'E-2026-1', 'Maßnahmebericht für Jürgen Müller', 'abgerufen'],
      ['21.11.2026', 'E-2026-2', 'Türkçe: Çalışma belgesi, ğüşıöç İ', 'eingegangen'],
      ['20.11.2026', 'E-2026-3', 'Украïнська: Довідка про навчання', 'abgelehnt'],
    ];
    const [seite] = await pdfLesen(liste(zeilen));
    for (const zeile of zeilen) assert.ok(seite!.text.includes(zeile.join(' ')), zeile.join(' '));
  });

  it('spreads 300 rows over several pages, each with the header and "Seite n von m", every row once', async () => {
    const seiten = await pdfLesen(liste(viele(300)));
    assert.ok(seiten.length > 1);
    seiten.forEach((seite, i) => {
      assert.match(seite.text, /Erstelldatum Nummer Betreff Status/, `header on page ${i + 1}`);
      assert.ok(seite.text.endsWith(`Seite ${i + 1} von ${seiten.length}`), `number on page ${i + 1}`);
    });
    const alles = seiten.map((s) => s.text).join(' ');
    for (let i = 1; i <= 300; i++)
      assert.equal(alles.split(`E-2026-${i} Bericht Nr. ${i} `).length, 2, `row ${i} once`);
  });

  it('holds all of 1000 rows', async () => {
    const seiten = await pdfLesen(liste(viele(1000)));
    const alles = seiten.map((s) => s.text).join(' ');
    for (let i = 1; i <= 1000; i++) assert.ok(alles.includes(`E-2026-${i} Bericht Nr. ${i} `), `row ${i}`);
    assert.ok(seiten[0]!.text.includes(`Seite 1 von ${seiten.length}`));
  });

  it('says "Keine Einträge" when the list is empty', async () => {
    const seiten = await pdfLesen(liste([]));
    assert.equal(seiten.length, 1);
    assert.match(seiten[0]!.text, /Erstelldatum Nummer Betreff Status Keine Einträge Seite 1 von 1/);
  });

  it('wraps long text within its column and the page, and breaks words longer than a column', async () => {
    const lang =
      'Teilnahmebescheinigung über die erfolgreiche Teilnahme an der Maßnahme zur Aktivierung und beruflichen Eingliederung '.repeat(
        6,
      );
    const wurst = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(5);
    const seiten = await pdfLesen(liste([['22.11.2026', wurst, lang, 'abgerufen']]));
    assert.equal(seiten.length, 1);
    assert.ok(seiten[0]!.rechtsBis <= seiten[0]!.breite - 30, `text ends at ${seiten[0]!.rechtsBis}`);
    const text = seiten[0]!.text.replace(/ /g, '');
    assert.ok(text.includes(wurst) && text.includes(lang.replace(/ /g, '')));
  });

  it('keeps a 300-character URL, IBAN and compound inside the margins in title, header and every cell, and loses none of them', async () => {
    const { url, iban, kompositum } = langeWorte;
    const l = {
      ...liste([[url, iban, kompositum, `${url} ${iban}`]]),
      titel: kompositum,
      untertitel: url,
      spalten: ['Erstelldatum', iban, 'Betreff', 'Status'],
    };
    const seiten = await textLaeufe((await listeExportieren('pdf', l)).body);
    assert.deepEqual(ausserhalbDerRaender(seiten, 36), []);
    const alles = ohneLeerraum(seiten);
    for (const wort of [url, iban, kompositum])
      assert.equal(alles.split(wort).length - 1, wort === kompositum ? 2 : 3, `${wort.slice(0, 30)}… is whole`);
  });

  it('continues a row taller than a page on the next page instead of cutting it off', async () => {
    const worte = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const seiten = await pdfLesen(
      liste([
        ['22.11.2026', 'E-2026-1', worte.join(' '), 'abgerufen'],
        ['23.11.2026', 'E-2026-2', 'danach', 'abgerufen'],
      ]),
    );
    assert.ok(seiten.length > 1);
    const gefunden = new Set(seiten.flatMap((s) => s.text.split(' ')));
    assert.deepEqual(
      worte.filter((w) => !gefunden.has(w)),
      [],
    );
    assert.ok(seiten.at(-1)!.text.includes('E-2026-2 danach'));
  });

  it('is sent as application/pdf with the file extension pdf', async () => {
    const datei = await listeExportieren('pdf', liste([]));
    assert.equal(datei.contentType, 'application/pdf');
    assert.equal(datei.dateiendung, 'pdf');
    assert.equal(datei.body.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});
