import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listeExportieren, type ExportListe } from '../../../web/export/index.js';

/** A plain RFC 4180 reader with semicolons, written here so the test does not trust the exporter's own quoting. */
function csvLesen(text: string): string[][] {
  const zeilen: string[][] = [];
  let zeile: string[] = [];
  let zelle = '';
  let inAnfuehrung = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inAnfuehrung && c === '"' && text[i + 1] === '"') {
      zelle += '"';
      i++;
    } else if (c === '"') {
      inAnfuehrung = !inAnfuehrung;
    } else if (inAnfuehrung) {
      zelle += c;
    } else if (c === ';') {
      zeile.push(zelle);
      zelle = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      zeilen.push([...zeile, zelle]);
      zeile = [];
      zelle = '';
      i++;
    } else {
      zelle += c;
    }
  }
  assert.equal(inAnfuehrung, false, 'every quote closed');
  assert.deepEqual([...zeile, zelle], [''], 'file ends with CRLF');
  return zeilen;
}

const liste = (zeilen: string[][]): ExportListe => ({
  titel: 'Gesendete Dokumente',
  spalten: ['Erstellt', 'Betreff', 'Info'],
  zeilen,
  erstelltAm: new Date('2026-11-22T10:00:00Z'),
});

const exportieren = async (zeilen: string[][]) => (await listeExportieren('csv', liste(zeilen))).body;

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, separates with semicolons and ends lines with CRLF', async () => {
    const body = await exportieren([['22.11.2026', 'Maßnahmebericht', 'Ünïcödé']]);
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(body.toString('utf8'), '\uFEFFErstellt;Betreff;Info\r\n22.11.2026;Maßnahmebericht;Ünïcödé\r\n');
  });

  it('reads back exactly the header and rows, with semicolons, quotes and line breaks inside cells', async () => {
    const zeilen = [
      ['22.11.2026', 'Kurs; Modul "B"', 'erste Zeile\nzweite Zeile'],
      ['21.11.2026', 'Windows\r\nZeilenende', ''],
      ['20.11.2026', '  führende Leerzeichen', 'Türkçe ğüşıöç İ – Привіт, Україно'],
      ['19.11.2026', '"ganz in Anführung"', 'a=b und 1-2'],
    ];
    const text = (await exportieren(zeilen)).toString('utf8');
    assert.deepEqual(csvLesen(text.slice(1)), [liste([]).spalten, ...zeilen]);
  });

  it('prefixes cells that a spreadsheet would run as a formula with an apostrophe', async () => {
    const gefaehrlich = [
      '=1+1',
      '+49 30 1234',
      '-2+3',
      '@SUMME(A1)',
      '\t=1+1',
      '\r=1+1',
      '=HYPERLINK("http://x";"klick")',
    ];
    const text = (await exportieren([gefaehrlich])).toString('utf8');
    const [, zeile] = csvLesen(text.slice(1));
    assert.deepEqual(
      zeile,
      gefaehrlich.map((zelle) => `'${zelle}`),
    );
  });

  it('leaves cells alone that only contain such characters later on', async () => {
    const harmlos = ['a=b', '1-2', 'info@bildungswerk.example', "'schon mit Apostroph"];
    const [, zeile] = csvLesen((await exportieren([harmlos])).toString('utf8').slice(1));
    assert.deepEqual(zeile, harmlos);
  });

  it('writes only the header for an empty list', async () => {
    assert.equal((await exportieren([])).toString('utf8'), '\uFEFFErstellt;Betreff;Info\r\n');
  });

  it('is sent as UTF-8 text/csv with the file extension csv', async () => {
    const datei = await listeExportieren('csv', liste([]));
    assert.equal(datei.contentType, 'text/csv; charset=utf-8');
    assert.equal(datei.dateiendung, 'csv');
  });
});
