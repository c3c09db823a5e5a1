// A new output PDF with neutral metadata (no names, no dates), and how output PDFs are saved.
import { PDFDocument } from '@cantoo/pdf-lib';
import { jobcenter } from '../../domain/jobcenter.js';

export async function neuesPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle('Dokument');
  doc.setProducer(jobcenter.name);
  return doc;
}

export function pdfSpeichern(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: 2000,
  });
}
