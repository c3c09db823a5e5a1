// HTML that is already UTF-8, such as remembered table rows, goes into a page's bytes as it is: only the rest of the
// page is encoded. Encoding the whole page anew cost about as much as rendering it (a 58 KB list: 80 µs of 240).
import { randomBytes } from 'node:crypto';

/** The encoded parts handed in during one page's render, and the marker that stands for each in its HTML. */
interface Sammlung {
  marke: string;
  teile: Buffer[][];
}

// A page renders synchronously, so the one collection open at a time belongs to it.
let offen: Sammlung | undefined;
/** Random per process, so no text can name a marker; counted per page, as a random part per page cost 30 µs. */
const PROZESS = randomBytes(9).toString('base64url');
let seiten = 0;

/**
 * Stands for encoded HTML in the page being rendered: returns a comment marking where the bytes go. Rendered outside
 * `seiteKodieren` (a test, a fragment), it returns the HTML itself.
 */
export function vorkodiertEinfuegen(teile: Buffer[]): string {
  if (!offen) return Buffer.concat(teile).toString();
  offen.teile.push(teile);
  return `<!--${offen.marke}${offen.teile.length - 1}-->`;
}

/**
 * Renders a page and returns its UTF-8 bytes, the parts handed to `vorkodiertEinfuegen` put in unchanged. Escaped text
 * cannot contain `<!--`, and the marker carries a random part, so nothing else in the page is taken for one.
 */
export function seiteKodieren(rendern: () => string): Buffer {
  const vorher = offen;
  seiten = (seiten + 1) % Number.MAX_SAFE_INTEGER;
  const sammlung: Sammlung = { marke: `vorkodiert-${PROZESS}-${seiten}-`, teile: [] };
  offen = sammlung;
  let html: string;
  try {
    html = rendern();
  } finally {
    offen = vorher;
  }
  if (sammlung.teile.length === 0) return Buffer.from(html);
  const stuecke: Buffer[] = [];
  let von = 0;
  sammlung.teile.forEach((teile, i) => {
    const marke = `<!--${sammlung.marke}${i}-->`;
    const bei = html.indexOf(marke, von);
    if (bei < 0) throw new Error(`pre-encoded part ${i} is missing from the page`);
    stuecke.push(Buffer.from(html.slice(von, bei)), ...teile);
    von = bei + marke.length;
  });
  stuecke.push(Buffer.from(html.slice(von)));
  return Buffer.concat(stuecke);
}
