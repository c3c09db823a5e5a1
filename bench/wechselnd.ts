// A page and its baseline at full speed in alternating rounds (ABBA order): when the machine speeds up or slows down
// during the run, both move together, and each round's ratio compares figures taken seconds apart.
import autocannon from 'autocannon';
import { quantil } from './quantil.js';
import { verhaeltnis } from './verhaeltnis.js';

export interface Ziel {
  url: string;
  headers?: Record<string, string>;
}

export interface Runde {
  seite: number;
  basis: number;
  verhaeltnis: number;
}

export interface WechselndErgebnis {
  runden: Runde[];
  dauer_s_je_lauf: number;
  verbindungen: number;
  /** Median over the rounds: the figures and the ratio the target is read against. */
  seite_anfragen_pro_sekunde: number;
  basis_anfragen_pro_sekunde: number;
  verhaeltnis: number;
  fehler: number;
}

const median = (werte: number[]) =>
  quantil(
    [...werte].sort((a, b) => a - b),
    0.5,
  );

export async function wechselndMessen(
  seite: Ziel,
  basis: Ziel,
  { runden, dauerS, verbindungen }: { runden: number; dauerS: number; verbindungen: number },
): Promise<WechselndErgebnis> {
  let fehler = 0;
  const lauf = async (ziel: Ziel, dauer = dauerS) => {
    // A second's rest: the other server finishes what the last run left it (answers in flight, garbage).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const r = await autocannon({ url: ziel.url, headers: ziel.headers, connections: verbindungen, duration: dauer });
    fehler += r.errors + r.timeouts + r.non2xx;
    return Math.round(r.requests.average);
  };
  // Unmeasured first: a server started just now would spend its first round compiling.
  for (const ziel of [basis, seite]) await lauf(ziel, 2);
  const ergebnis: Runde[] = [];
  for (let i = 0; i < runden; i++) {
    const [a, b] = i % 2 === 0 ? [basis, seite] : [seite, basis];
    const erst = await lauf(a);
    const dann = await lauf(b);
    const [s, k] = a === seite ? [erst, dann] : [dann, erst];
    ergebnis.push({ seite: s, basis: k, verhaeltnis: verhaeltnis(s, k) });
  }
  return {
    runden: ergebnis,
    dauer_s_je_lauf: dauerS,
    verbindungen,
    seite_anfragen_pro_sekunde: median(ergebnis.map((r) => r.seite)),
    basis_anfragen_pro_sekunde: median(ergebnis.map((r) => r.basis)),
    verhaeltnis: median(ergebnis.map((r) => r.verhaeltnis)),
    fehler,
  };
}
