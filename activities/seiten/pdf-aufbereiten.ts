// Rebuilds an uploaded PDF page by page into a new document, so scripts, forms, attachments and actions stay behind.
import { Ablehnung } from '../../domain/ablehnung.js';
import { grenzen } from '../../domain/grenzen.js';
import { neuesPdf, pdfSpeichern } from './pdf-neu.js';
import { pdfOeffnen } from './pdf-oeffnen.js';
import { seitenKopieren } from './seiten-kopieren.js';
import { stroemePruefen } from './stroeme-pruefen.js';

export async function pdfAufbereiten(bytes: Uint8Array): Promise<{ pdf: Uint8Array; seiten: number }> {
  const quelle = await pdfOeffnen(bytes);
  const ziel = await neuesPdf();
  try {
    const seiten = seitenKopieren(quelle, ziel, grenzen.seitenProDokument);
    if (seiten === 0) throw new Ablehnung('leer');
    await stroemePruefen(ziel);
    return { pdf: await pdfSpeichern(ziel), seiten };
  } catch (error) {
    if (error instanceof Ablehnung) throw error;
    throw new Ablehnung('beschaedigt', (error as Error).message);
  }
}
