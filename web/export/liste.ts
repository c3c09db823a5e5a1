// A list as the user sees it (title, column heads, rows of text), and the formats it can be exported in.
export type ExportFormat = 'csv' | 'xlsx' | 'pdf';
export const exportFormate: readonly ExportFormat[] = ['csv', 'xlsx', 'pdf'];

export interface ExportListe {
  titel: string;
  spalten: string[];
  zeilen: string[][];
  erstelltAm: Date;
  /** e.g. the organisation's name, printed under the title */
  untertitel?: string;
}

export interface ExportDatei {
  body: Buffer;
  contentType: string;
  dateiendung: ExportFormat;
}
