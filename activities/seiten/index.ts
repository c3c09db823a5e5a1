// Page preparation: recognise a file's type, normalise images and PDFs, merge the parts into one PDF.
export { erkenneDateityp, type Dateityp } from '../../domain/dateityp.js';
export { bildAufbereiten, type Seitenbild } from './bild-aufbereiten.js';
export { bildSeitenAufbereiten, type Bildseiten } from './bild-seiten.js';
export { pdfAufbereiten } from './pdf-aufbereiten.js';
export { zusammenfuehren, type GeladenerTeil } from './zusammenfuehren.js';
