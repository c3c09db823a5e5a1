// A real Office Open XML workbook (one sheet, bold frozen header, inline strings, multi-line cells wrapped), zipped with fflate.
import { strToU8, zipSync } from 'fflate';
import type { ExportDatei, ExportListe } from './liste.js';

// Cell text as XML: characters XML 1.0 does not allow (control characters other than tab, LF, CR; lone surrogates) are dropped.
const NICHT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xml = (text: string) =>
  text
    .replace(NICHT_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML readers turn a literal CR into LF; Excel reads _xHHHH_ as a character code unless its underscore is escaped.
    .replace(/\r/g, '&#13;')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');

/** Excel holds at most 32767 characters in a cell and refuses files with more. */
const MAX_ZELLE = 32767;

function spaltenName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Sheet names: at most 31 characters, none of []:*?/\\, no apostrophe at either end, not the reserved "History". */
function blattName(titel: string): string {
  const name = titel
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, '');
  return name && name.toLowerCase() !== 'history' ? name : 'Liste';
}

function blatt(liste: ExportListe): string {
  const alle = [liste.spalten, ...liste.zeilen];
  const laenge = (text: string) => Math.max(...text.split('\n').map((teil) => teil.length));
  const breiten = liste.spalten.map((_, i) => Math.min(60, Math.max(8, ...alle.map((z) => laenge(z[i] ?? ''))) + 2));
  const zeilen = alle.map((zeile, r) => {
    const zellen = zeile.map((wert, c) => {
      const stil = r === 0 ? ' s="1"' : /[\r\n]/.test(wert) ? ' s="2"' : '';
      return `<c r="${spaltenName(c)}${r + 1}" t="inlineStr"${stil}><is><t xml:space="preserve">${xml(wert.slice(0, MAX_ZELLE))}</t></is></c>`;
    });
    return `<row r="${r + 1}">${zellen.join('')}</row>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (breiten.length
      ? `<cols>${breiten.map((b, i) => `<col min="${i + 1}" max="${i + 1}" width="${b}" customWidth="1"/>`).join('')}</cols>`
      : '') +
    `<sheetData>${zeilen.join('')}</sheetData></worksheet>`
  );
}

const teile = (liste: ExportListe): Record<string, string> => ({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${xml(blattName(liste.titel))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  'xl/styles.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>',
  'xl/worksheets/sheet1.xml': blatt(liste),
});

export function xlsxExport(liste: ExportListe): ExportDatei {
  const dateien = Object.fromEntries(Object.entries(teile(liste)).map(([name, inhalt]) => [name, strToU8(inhalt)]));
  return {
    body: Buffer.from(zipSync(dateien, { level: 6 })),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dateiendung: 'xlsx',
  };
}
