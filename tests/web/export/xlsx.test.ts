import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { listeExportieren, type ExportListe } from '../../../web/export/index.js';

const liste = (zeilen: string[][], titel = 'Gesendete Dokumente'): ExportListe => ({
  titel,
  untertitel: 'Bildungswerk Musterstadt',
  spalten: ['Erstelldatum', 'Name', 'Info'],
  zeilen,
  erstelltAm: new Date('2026-11-22T10:00:00Z'),
});

/** Opens the file with exceljs, as a spreadsheet program would, and returns its first sheet. */
async function oeffnen(l: ExportListe): Promise<ExcelJS.Worksheet> {
  const datei = await listeExportieren('xlsx', l);
  const buch = new ExcelJS.Workbook();
  await buch.xlsx.load(datei.body as unknown as ArrayBuffer);
  assert.equal(buch.worksheets.length, 1);
  return buch.worksheets[0]!;
}

/** The sheet's rows as text; an empty cell reads as ''. */
const werte = (blatt: ExcelJS.Worksheet) =>
  blatt
    .getSheetValues()
    .slice(1)
    .map((zeile) => Array.from({ length: 3 }, (_, i) => (zeile as unknown[])[i + 1] ?? ''));

const knifflig = [
  ['22.11.2026', 'Maßnahmebericht', 'Kurs; Modul "B"\nzweite Zeile'],
  ['21.11.2026', '=1+1', 'Ünïcödé – Türkçe ğüşıöç İ – Привіт'],
  ['20.11.2026', '<b>&amp;</b>', '  führend und folgend  '],
  ['19.11.2026', '', 'Windows\r\nZeilenende'],
];

describe('Excel export', () => {
  it('holds exactly the header and rows, umlauts, Turkish and Cyrillic, semicolons and line breaks intact', async () => {
    const blatt = await oeffnen(liste(knifflig));
    assert.deepEqual(werte(blatt), [liste([]).spalten, ...knifflig]);
    assert.equal(blatt.rowCount, 5);
  });

  it('keeps a value like =1+1 as text, not as a formula', async () => {
    const zelle = (await oeffnen(liste(knifflig))).getCell('B3');
    assert.equal(zelle.type, ExcelJS.ValueType.String);
    assert.equal(zelle.value, '=1+1');
    assert.equal(zelle.formula, undefined);
  });

  it('sets the header bold and frozen, the rows not bold, and multi-line cells wrapped', async () => {
    const blatt = await oeffnen(liste(knifflig));
    assert.equal(blatt.getCell('A1').font?.bold, true);
    assert.notEqual(blatt.getCell('A2').font?.bold, true);
    assert.equal(blatt.getCell('C2').alignment?.wrapText, true);
    assert.equal(blatt.views[0]?.state, 'frozen');
    assert.equal((blatt.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 1);
  });

  it('gives columns widths after their content, within bounds', async () => {
    const blatt = await oeffnen(liste([['1', 'kurz', 'ein sehr langer Text '.repeat(20)]]));
    const breiten = [1, 2, 3].map((n) => blatt.getColumn(n).width ?? 0);
    assert.ok(breiten[0]! >= 12, 'wide enough for the header "Erstelldatum"');
    assert.ok(breiten[2]! > breiten[1]!, 'the long column is wider');
    assert.ok(breiten[2]! <= 80, 'a long text does not make a column endless');
  });

  it('names the sheet after the title without the characters Excel forbids, at most 31 characters', async () => {
    assert.equal((await oeffnen(liste([]))).name, 'Gesendete Dokumente');
    const name = (await oeffnen(liste([], 'Dokumente [gesendet]: 01/2026 * alle? \\ Übersicht der Organisation'))).name;
    assert.ok(name.length <= 31 && name.length > 0);
    assert.doesNotMatch(name, /[[\]:*?/\\]/);
    assert.ok(name.startsWith('Dokumente  gesendet'));
  });

  it('drops characters XML cannot hold and still opens', async () => {
    const blatt = await oeffnen(liste([['a\u0001b\u0008c', 'kaputt \uD800 Surrogat', 'Tab\tbleibt']]));
    assert.deepEqual(werte(blatt)[1], ['abc', 'kaputt  Surrogat', 'Tab\tbleibt']);
  });

  it('writes only the header for an empty list and all rows of a long one', async () => {
    assert.deepEqual(werte(await oeffnen(liste([]))), [liste([]).spalten]);
    const zeilen = Array.from({ length: 1000 }, (_, i) => [
      `${(i % 28) + 1}.11.2026`,
      `Dokument ${i + 1}`,
      `Info ${i + 1}`,
    ]);
    assert.deepEqual(werte(await oeffnen(liste(zeilen))), [liste([]).spalten, ...zeilen]);
  });

  it('is sent as an Office Open XML spreadsheet with the file extension xlsx', async () => {
    const datei = await listeExportieren('xlsx', liste([]));
    assert.equal(datei.contentType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(datei.dateiendung, 'xlsx');
    assert.deepEqual([...datei.body.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a zip archive');
  });
});
