// Opens an exported list with independent readers (exceljs, pdf.js) and returns its text, as a person opening the file would see it.
import ExcelJS from 'exceljs';

export async function exportLesen(format: 'csv' | 'xlsx' | 'pdf', bytes: Buffer): Promise<string> {
  if (format === 'csv') return bytes.toString('utf8');
  if (format === 'xlsx') {
    const buch = new ExcelJS.Workbook();
    await buch.xlsx.load(bytes as unknown as ArrayBuffer);
    const zeilen: string[] = [];
    buch.worksheets[0]!.eachRow((row) => zeilen.push((row.values as unknown[]).slice(1).map(String).join('\t')));
    return zeilen.join('\n');
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dokument = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const seiten: string[] = [];
  for (let i = 1; i <= dokument.numPages; i++) {
    const inhalt = await (await dokument.getPage(i)).getTextContent();
    seiten.push(
      inhalt.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return seiten.join('\n');
}
