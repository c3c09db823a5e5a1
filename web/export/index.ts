// Exports a list the user sees as CSV, Excel or PDF.
import { csvExport } from './csv.js';
import type { ExportDatei, ExportFormat, ExportListe } from './liste.js';
import { pdfExport } from './pdf.js';
import { xlsxExport } from './xlsx.js';

export { exportFormate, type ExportDatei, type ExportFormat, type ExportListe } from './liste.js';

export async function listeExportieren(format: ExportFormat, liste: ExportListe): Promise<ExportDatei> {
  if (format === 'csv') return csvExport(liste);
  if (format === 'xlsx') return xlsxExport(liste);
  return pdfExport(liste);
}
