// Upload limits, in one place: shown before upload and enforced on the server.
const MB = 1024 * 1024;

export const grenzen = {
  bytesProDatei: 25 * MB,
  dateienProEinreichung: 20,
  bytesProEinreichung: 100 * MB,
  seitenProDokument: 500,
  pixelProBild: 100_000_000,
  /** All pages of one multi-page image together (about 115 A4 pages at 300 dpi, 250 fax pages): bounds the work one file causes. */
  pixelProBilddatei: 1_000_000_000,
} as const;

/** A4 at 200 dpi: the largest page image we keep. */
export const seitenbild = { breite: 1654, hoehe: 2339, dpi: 200, jpegQualitaet: 82 } as const;
