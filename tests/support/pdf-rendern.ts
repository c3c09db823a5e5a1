// Renders PDF pages to pixels with an independent reader (pdf.js), annotations' appearances included, as a viewer shows them.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const standardSchriften =
  path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

export type Bild = { breite: number; hoehe: number; rgba: Uint8ClampedArray };

export async function seitenRendern(pdf: Uint8Array, massstab = 1): Promise<Bild[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dokument = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    standardFontDataUrl: standardSchriften,
    verbosity: 0,
  }).promise;
  const bilder: Bild[] = [];
  try {
    for (let n = 1; n <= dokument.numPages; n++) {
      const seite = await dokument.getPage(n);
      const viewport = seite.getViewport({ scale: massstab });
      const leinwand = dokument.canvasFactory as {
        create(breite: number, hoehe: number): { canvas: unknown; context: CanvasRenderingContext2D };
      };
      const { canvas, context } = leinwand.create(viewport.width, viewport.height);
      await seite.render({
        canvas,
        canvasContext: context,
        viewport,
        annotationMode: pdfjs.AnnotationMode.ENABLE,
      } as Parameters<typeof seite.render>[0]).promise;
      bilder.push({
        breite: viewport.width,
        hoehe: viewport.height,
        rgba: context.getImageData(0, 0, viewport.width, viewport.height).data,
      });
    }
  } finally {
    await dokument.destroy();
  }
  return bilder;
}

/** Share of pixels whose colour differs by more than a trace of anti-aliasing (0 = identical). */
export function abweichung(a: Bild, b: Bild): number {
  if (a.breite !== b.breite || a.hoehe !== b.hoehe) return 1;
  let anders = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    const d = Math.max(
      Math.abs(a.rgba[i]! - b.rgba[i]!),
      Math.abs(a.rgba[i + 1]! - b.rgba[i + 1]!),
      Math.abs(a.rgba[i + 2]! - b.rgba[i + 2]!),
    );
    if (d > 24) anders++;
  }
  return anders / (a.breite * a.hoehe);
}

/** How many pixels are not white: a blank rendering has none. */
export function bedeckt(bild: Bild): number {
  let zahl = 0;
  for (let i = 0; i < bild.rgba.length; i += 4)
    if (bild.rgba[i]! < 230 || bild.rgba[i + 1]! < 230 || bild.rgba[i + 2]! < 230) zahl++;
  return zahl;
}
