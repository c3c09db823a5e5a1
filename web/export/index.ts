// Exports a list the user sees as CSV, Excel or PDF.
import { csvExport } from './csv.js';
import type { ExportDatei, ExportFormat, ExportListe } from './liste.js';
import { pdfExport } from './pdf.js';
import { xlsxExport } from './xlsx.js';

export { exportFormate, type ExportDatei, type ExportFormat, type ExportListe } from './liste.js';

const exporte: Record<ExportFormat, (liste: ExportListe) => ExportDatei | Promise<ExportDatei>> = {
  csv: csvExport,
  xlsx: xlsxExport,
  pdf: pdfExport,
};

export async function listeExportieren(format: ExportFormat, liste: ExportListe): Promise<ExportDatei> {
  return exporte[format](liste);
}
