// Line breaking for every PDF we write: by words, and a word longer than a line at character boundaries.

/** Width of a text at one font size, in PDF points. */
export type Messen = (text: string) => number;

/** Widths at one size, remembered per string: a font measures by a full glyph layout, which is slow for long lists. */
export function messer(font: { widthOfTextAtSize(text: string, size: number): number }, groesse: number): Messen {
  const bekannt = new Map<string, number>();
  return (text) => {
    let breite = bekannt.get(text);
    if (breite === undefined) {
      if (bekannt.size >= 50_000) bekannt.clear();
      bekannt.set(text, (breite = font.widthOfTextAtSize(text, groesse)));
    }
    return breite;
  };
}

/** Paragraphs as a font can draw them: any line break splits, tabs become spaces, control characters and lone surrogates go. */
const STEUERZEICHEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const absaetze = (text: string): string[] =>
  text
    .replace(/\t/g, ' ')
    .replace(STEUERZEICHEN, '')
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);

const zeichen = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits text into lines no wider than `breite`: paragraphs stay paragraphs (an empty one is an empty line), words
 * are joined by single spaces, and a word wider than a line is cut between characters (never inside one) so that no
 * text runs past the margin and none is lost.
 */
export function umbrechen(text: string, breite: number, messen: Messen): string[] {
  const zeilen: string[] = [];
  const leer = messen(' ');
  for (const absatz of absaetze(text)) {
    let zeile = '';
    let belegt = 0;
    for (const wort of absatz.split(/ +/).filter(Boolean)) {
      const w = messen(wort);
      if (zeile && belegt + leer + w <= breite) {
        zeile += ` ${wort}`;
        belegt += leer + w;
        continue;
      }
      if (zeile) zeilen.push(zeile);
      zeile = '';
      belegt = 0;
      if (w <= breite) {
        zeile = wort;
        belegt = w;
        continue;
      }
      for (const { segment } of zeichen.segment(wort)) {
        const z = messen(segment);
        if (zeile && belegt + z > breite) {
          zeilen.push(zeile);
          zeile = '';
          belegt = 0;
        }
        zeile += segment;
        belegt += z;
      }
    }
    zeilen.push(zeile);
  }
  return zeilen;
}
