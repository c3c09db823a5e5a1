import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { listeExportieren, type ExportListe } from '../../../web/export/index.js';
import { exportLesen } from '../../support/export-lesen.js';

const liste = (zeilen: string[][]): ExportListe => ({
  titel: 'Gesendete Dokumente',
  untertitel: 'Bildungswerk Musterstadt',
  spalten: ['Erstelldatum', 'Name', 'Info'],
  zeilen,
  erstelltAm: new Date('2026-11-22T10:00:00Z'),
});
const knifflig = [
  ['22.11.2026', 'Maßnahmebericht', 'Kurs; Modul "B"\nzweite Zeile'],
  ['21.11.2026', '=1+1', 'Ünïcödé – Привіт – Türkçe'],
];

describe('list exports open in other programs and hold exactly the rows given', () => {
  it('writes CSV with BOM, semicolons and quoting, and defuses cells that would start a formula', async () => {
    const datei = await listeExportieren('csv', liste(knifflig));
    const text = datei.body.toString('utf8');
    assert.ok(text.startsWith('\uFEFFErstelldatum;Name;Info\r\n'));
    assert.ok(text.includes('"Kurs; Modul ""B""\nzweite Zeile"'));
    assert.ok(text.includes(";'=1+1;"), 'formula cell prefixed with an apostrophe');
    assert.equal(datei.contentType, 'text/csv; charset=utf-8');
  });

  it('writes an .xlsx that exceljs opens with header and rows as text', async () => {
    const datei = await listeExportieren('xlsx', liste(knifflig));
    const buch = new ExcelJS.Workbook();
    await buch.xlsx.load(datei.body as unknown as ArrayBuffer);
    const blatt = buch.worksheets[0]!;
    assert.equal(blatt.name, 'Gesendete Dokumente');
    const werte = (n: number) => (blatt.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(werte(1), ['Erstelldatum', 'Name', 'Info']);
    assert.deepEqual(werte(2), knifflig[0]);
    assert.deepEqual(werte(3), knifflig[1], '=1+1 stays text, umlauts and Cyrillic intact');
    assert.equal(blatt.rowCount, 3);
    assert.equal(blatt.getCell('A1').font?.bold, true);
    assert.notEqual(blatt.getCell('A2').font?.bold, true);
  });

  it('writes a PDF whose text holds title, header and every row, over several numbered pages for a long list', async () => {
    const zeilen = Array.from({ length: 300 }, (_, i) => [`${(i % 28) + 1}.11.2026`, `Dokument ${i + 1}`, `Info ${i + 1}`]);
    const text = await exportLesen('pdf', (await listeExportieren('pdf', liste(zeilen))).body);
    assert.ok(text.includes('Gesendete Dokumente'));
    assert.ok(text.includes('Bildungswerk Musterstadt'));
    for (let i = 1; i <= 300; i++) assert.match(text, new RegExp(`Dokument ${i}(?!\\d) Info ${i}(?!\\d)`), `row ${i}`);
    const seiten = /Seite 1 von (\d+)/.exec(text);
    assert.ok(seiten && Number(seiten[1]) > 1, 'several pages, numbered');
    assert.equal((text.match(/Erstelldatum/g) ?? []).length, Number(seiten![1]), 'header on every page');
  });

  it('says so in the PDF when the list is empty', async () => {
    const text = await exportLesen('pdf', (await listeExportieren('pdf', liste([]))).body);
    assert.ok(text.includes('Keine Einträge'));
  });
});
