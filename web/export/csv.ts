// CSV for German spreadsheet programs: UTF-8 with BOM, semicolons, CRLF; cells that would start a formula are defused.
import type { ExportDatei, ExportListe } from './liste.js';

/** A leading = + - @ tab or CR makes spreadsheets evaluate the cell (CSV injection); an apostrophe keeps it text. */
const entschaerft = (zelle: string) => (/^[=+\-@\t\r]/.test(zelle) ? `'${zelle}` : zelle);
const zelleCsv = (zelle: string) => {
  const text = entschaerft(zelle);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function csvExport(liste: ExportListe): ExportDatei {
  const zeilen = [liste.spalten, ...liste.zeilen].map((zeile) => zeile.map(zelleCsv).join(';'));
  return {
    body: Buffer.from(`\uFEFF${zeilen.join('\r\n')}\r\n`, 'utf8'),
    contentType: 'text/csv; charset=utf-8',
    dateiendung: 'csv',
  };
}
