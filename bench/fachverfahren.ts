// Machine API benchmark with the Fachverfahren simulator: client upserts per second and letter published → alert e-mail, each beside the same use case called directly in the same run.
import type { MailSink } from '../platform/dev/mail-sink.js';
import { fachverfahrenScopes } from '../domain/api-scopes.js';
import type { AppContext } from '../platform/context.js';
import { briefBereitstellen } from '../services/ausgang/brief-bereitstellen.js';
import { kundeSpeichern } from '../services/kunden/kunde-speichern.js';
import { pdfMitSeiten } from '../tests/support/dateien.js';
import { begrenztParallel, Fachverfahren } from '../tests/support/fachverfahren.js';
import { apiUmgebungStarten } from './api-umgebung.js';
import { latenzen, type Latenzen } from './quantil.js';

export interface FachverfahrenErgebnis {
  kunden_upserts: {
    anzahl: number;
    gleichzeitig: number;
    api_pro_sekunde: number;
    datenbank_pro_sekunde: number;
    api_zu_datenbank: number;
  };
  brief_bis_benachrichtigung: {
    api: Latenzen;
    anwendungsfall_direkt: Latenzen;
    p50_api_zu_direkt: number;
    p95_api_zu_direkt: number;
  };
  /** The bench raises the per-client limit so that it measures the API, not the limit. */
  ratenlimit: { proSekunde: number; vorrat: number };
  wiederholt_429: number;
}

const UPSERTS = Number(process.env.BENCH_KUNDEN_UPSERTS ?? 200);
const BRIEFE = Number(process.env.BENCH_BRIEFE ?? 30);
const GLEICHZEITIG = 8;
const client = {
  clientId: 'fachverfahren-bench',
  clientSecret: 'fachverfahren-bench-geheim',
  scopes: fachverfahrenScopes,
};

const kunde = (i: number, lauf: string) => ({
  bgNummer: `50001BG${String(i).padStart(7, '0')}`,
  vorname: `Vorname${i}`,
  nachname: `Nachname${i}`,
  strasse: `Benchweg ${i + 1}`,
  plz: '12345',
  ort: 'Musterstadt',
  email: `bench.${lauf}${i}@example.org`,
  sprache: 'de' as const,
  onlineZustellungSeit: '2026-11-01T08:00:00.000Z',
  ansprechpartner: 'demo-vermittlung',
  leistungssachbearbeiter: 'demo-leistung',
});

/** Notes when the first mail to each address arrives in the sink (polled every 2 ms). */
function mailUhr(mails: MailSink) {
  const angekommen = new Map<string, number>();
  let gesehen = mails.received.length;
  const uhr = setInterval(() => {
    const jetzt = performance.now();
    for (; gesehen < mails.received.length; gesehen++)
      for (const an of mails.received[gesehen]!.to) if (!angekommen.has(an)) angekommen.set(an, jetzt);
  }, 2);
  return {
    async warten(an: string, timeoutMs = 60_000): Promise<number> {
      const ende = Date.now() + timeoutMs;
      while (!angekommen.has(an)) {
        if (Date.now() > ende) throw new Error(`no alert mail to ${an}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return angekommen.get(an)!;
    },
    stop: () => clearInterval(uhr),
  };
}

export async function fachverfahrenMessen(ctx: AppContext, mails: MailSink): Promise<FachverfahrenErgebnis> {
  const umgebung = await apiUmgebungStarten(ctx, client);
  const fv = new Fachverfahren({ portalUrl: umgebung.app.url, issuer: umgebung.issuer, ...client });
  const uhr = mailUhr(mails);
  try {
    const nummer = (lauf: string, i: number) => `${lauf}${String(i).padStart(6, '0')}`;
    const perApi = (lauf: string) => (i: number) => fv.kundeSpeichern(nummer(lauf, i), kunde(i, lauf));
    const direkt = (lauf: string) => async (i: number) => {
      const k = kunde(i, lauf);
      await kundeSpeichern(ctx.db, {
        ...k,
        kundennummer: nummer(lauf, i),
        onlineZustellungSeit: new Date(k.onlineZustellungSeit),
        ansprechpartner: { subject: k.ansprechpartner },
        leistungssachbearbeiter: { subject: k.leistungssachbearbeiter },
      });
    };
    const proSekunde = async (lauf: (i: number) => Promise<unknown>, anzahl: number) => {
      const start = performance.now();
      await begrenztParallel(
        Array.from({ length: anzahl }, (_, i) => i),
        GLEICHZEITIG,
        lauf,
      );
      return anzahl / ((performance.now() - start) / 1000);
    };

    console.log(
      `client upserts: ${UPSERTS} through the API and ${UPSERTS} through the use case, ${GLEICHZEITIG} at a time …`,
    );
    // Warm-up of both paths (token, JIT, connection pool), not counted.
    await proSekunde(perApi('501W'), 10);
    await proSekunde(direkt('502W'), 10);
    const api = await proSekunde(perApi('501A'), UPSERTS);
    const db = await proSekunde(direkt('502D'), UPSERTS);

    console.log(`letter published → alert e-mail: ${BRIEFE} through the API, ${BRIEFE} through the use case …`);
    const pdf = await pdfMitSeiten(1, 'Bescheid');
    // The recipients: a client each, so each alert names its letter by address.
    await begrenztParallel(
      Array.from({ length: BRIEFE + 1 }, (_, i) => i),
      GLEICHZEITIG,
      async (i) => {
        await direkt('503B')(i);
        await direkt('504B')(i);
      },
    );
    const angaben = (lauf: string, i: number) => ({
      kundennummer: nummer(lauf, i),
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: `Bescheid ${i}`,
    });
    const perApiBrief = async (i: number) => {
      await fv.briefVeroeffentlichen(angaben('503B', i), pdf);
    };
    const direktBrief = async (i: number) => {
      await briefBereitstellen(ctx, { ...angaben('504B', i), pdf });
    };
    const messen = async (lauf: string, veroeffentlichen: (i: number) => Promise<void>, i: number) => {
      const start = performance.now();
      await veroeffentlichen(i);
      return (await uhr.warten(kunde(i, lauf).email)) - start;
    };
    const perApiMs: number[] = [];
    const direktMs: number[] = [];
    // Alternating, one letter at a time after a random pause: both paths see the same machine and worker. i = 0 is warm-up.
    for (let i = 0; i <= BRIEFE; i++) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
      const a = await messen('503B', perApiBrief, i);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
      const d = await messen('504B', direktBrief, i);
      if (i === 0) continue;
      perApiMs.push(a);
      direktMs.push(d);
    }
    const apiLatenz = latenzen(perApiMs);
    const direktLatenz = latenzen(direktMs);
    const verhaeltnis = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      kunden_upserts: {
        anzahl: UPSERTS,
        gleichzeitig: GLEICHZEITIG,
        api_pro_sekunde: Math.round(api * 10) / 10,
        datenbank_pro_sekunde: Math.round(db * 10) / 10,
        api_zu_datenbank: verhaeltnis(api, db),
      },
      brief_bis_benachrichtigung: {
        api: apiLatenz,
        anwendungsfall_direkt: direktLatenz,
        p50_api_zu_direkt: verhaeltnis(apiLatenz.p50_ms, direktLatenz.p50_ms),
        p95_api_zu_direkt: verhaeltnis(apiLatenz.p95_ms, direktLatenz.p95_ms),
      },
      ratenlimit: ctx.config.apiRatenlimit,
      wiederholt_429: fv.statistik.wiederholt[429],
    };
  } finally {
    uhr.stop();
    await umgebung.schliessen();
  }
}
