// Reads every text run of a PDF with pdf.js, as a viewer places it: string, left edge, width, page size.
export interface TextLauf {
  str: string;
  x: number;
  breite: number;
}

export interface PdfSeite {
  breite: number;
  hoehe: number;
  laeufe: TextLauf[];
}

export async function textLaeufe(bytes: Uint8Array): Promise<PdfSeite[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dokument = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const seiten: PdfSeite[] = [];
  for (let n = 1; n <= dokument.numPages; n++) {
    const seite = await dokument.getPage(n);
    const [, , breite, hoehe] = seite.view as [number, number, number, number];
    const laeufe = (await seite.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, breite: item.width }] : [],
    );
    seiten.push({ breite, hoehe, laeufe });
  }
  await dokument.destroy();
  return seiten;
}

/** Text runs that reach into the left or right margin, described for an assertion message. */
export function ausserhalbDerRaender(seiten: PdfSeite[], rand: number): string[] {
  return seiten.flatMap((seite, i) =>
    seite.laeufe
      .filter((lauf) => lauf.x < rand - 0.01 || lauf.x + lauf.breite > seite.breite - rand + 0.01)
      .map(
        (lauf) =>
          `page ${i + 1}: ${lauf.x.toFixed(1)}–${(lauf.x + lauf.breite).toFixed(1)} of ${seite.breite.toFixed(1)}: ${lauf.str.slice(0, 40)}`,
      ),
  );
}

/** All text of the document without any white space, to look for a word however it was broken. */
export const ohneLeerraum = (seiten: PdfSeite[]) =>
  seiten
    .flatMap((s) => s.laeufe.map((l) => l.str))
    .join('')
    .replace(/\s+/g, '');
