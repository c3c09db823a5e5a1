// Web benchmark: the gesendet page of one client with 50 documents over 100 concurrent connections,
// closed-loop at full speed (autocannon) and open-loop at a fixed 1,000 requests per second.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { demoLogins } from '../db/demo/logins.js';
import { neueNummer } from '../domain/nummern.js';
import type { AppContext } from '../platform/context.js';
import { waitUntil } from '../platform/wait.js';
import { HttpKunde } from '../tests/support/http-kunde.js';
import { festerTakt, type TaktErgebnis } from './fester-takt.js';
import { wechselndMessen, type WechselndErgebnis } from './wechselnd.js';

const root = path.resolve(import.meta.dirname, '..');
const NEUES_PASSWORT = 'Bench-Passwort-2026';
let erstesMal = true;

/** 50 documents of Max Mustermann in every state a client sees: filed, with the team, done, refused. */
async function fuenfzigDokumente(ctx: AppContext): Promise<void> {
  const max = await ctx.db('kunden').where({ kundennummer: demoLogins.zweiterKunde.kundennummer }).first('id');
  const jetzt = Date.now();
  const status = ['weitergeleitet', 'erledigt', 'in_bearbeitung', 'abgelegt', 'abgelehnt'] as const;
  await ctx.db('eingangsdokumente').insert(
    Array.from({ length: 50 }, (_, i) => {
      const zeit = new Date(jetzt - i * 3_600_000);
      return {
        eingangsnummer: neueNummer('E', zeit),
        art: 'dokument',
        kanal: 'kunde',
        kunde_id: max.id,
        dokumentart: i % 2 ? 'Lohnabrechnung' : 'Kontoauszüge',
        info: `Monat ${(i % 12) + 1}`,
        status: status[i % status.length],
        ablehnungsgrund: status[i % status.length] === 'abgelehnt' ? 'passwort_geschuetzt' : null,
        teams: ['leistung'],
        seiten: 3,
        eingegangen_am: zeit,
        aktualisiert_am: zeit,
      };
    }),
  );
}

export interface WebErgebnis {
  seite: string;
  dokumente: number;
  /** Size of the page's HTML: the bare Koa baseline serves a page of this size. */
  bytes: number;
  web_prozesse: number;
  /** Open-loop at 1,000 requests/s over 100 connections: what the target is measured against. */
  fester_takt: TaktErgebnis & { ziel: string };
  /** Closed-loop with autocannon, 100 connections at full speed: the most the machine serves. */
  volle_last: {
    werkzeug: 'autocannon';
    verbindungen: number;
    dauer_s: number;
    anfragen_pro_sekunde: number;
    latenz_ms: { p50: number; p90: number; p99: number; max: number };
    fehler: number;
    nicht_2xx: number;
  };
  /** Full speed in alternating rounds with bare Koa serving a page of the same size: the ratio the target is read against. */
  volle_last_wechselnd: WechselndErgebnis;
}

/** Call once per database: adds the 50 documents. */
export async function webVorbereiten(ctx: AppContext): Promise<void> {
  await fuenfzigDokumente(ctx);
}

/** Starts bin/web.ts as production would and waits until it answers. */
export async function webStarten(
  env: Record<string, string | undefined>,
  prozesse: number,
): Promise<{ url: string; web: ChildProcess }> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}`;
  const web: ChildProcess = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_WEB_NODE_ARGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean),
      '--import',
      'tsx',
      path.join(root, 'bin', 'web.ts'),
    ],
    {
      env: {
        ...env,
        PORT: String(port),
        PUBLIC_URL: url,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        WEB_PROCESSES: String(prozesse),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // Generous: on a loaded machine compiling the TypeScript at start alone can take a minute.
  await waitUntil('web server', async () => (await fetch(`${url}/healthz`)).ok, {
    timeoutMs: 180_000,
    intervalMs: 200,
  }).catch(() => {
    web.kill('SIGTERM');
    throw new Error('web server did not start');
  });
  return { url, web };
}

/** Stops a web process started by webStarten. */
export async function webStoppen(web: ChildProcess): Promise<void> {
  web.kill('SIGTERM');
  await new Promise((resolve) => (web.exitCode === null ? web.once('exit', resolve) : resolve(null)));
}

/** `basisUrl` gives the address of bare Koa serving a static page of the given size, started once for every run. */
export async function webMessen(
  env: Record<string, string | undefined>,
  prozesse: number,
  basisUrl: (bytes: number) => Promise<string>,
): Promise<WebErgebnis> {
  const { url, web } = await webStarten(env, prozesse);
  try {
    const kunde = new HttpKunde(url);
    // The first run replaces the initial password; later runs sign in with the new one.
    await kunde.anmelden(
      demoLogins.zweiterKunde.kundennummer,
      erstesMal ? demoLogins.zweiterKunde.passwort : NEUES_PASSWORT,
      NEUES_PASSWORT,
    );
    erstesMal = false;
    const probe = await kunde.holen('/kunde/gesendet');
    const zeilen = (probe.html.match(/<tr[\s>]/g) ?? []).length - 1;
    if (probe.status !== 200 || zeilen !== 50)
      throw new Error(`gesendet page shows ${zeilen} rows (status ${probe.status})`);
    const headers = { cookie: kunde.cookie, accept: 'text/html' };
    const lauf = (dauer: number) =>
      autocannon({ url: `${url}/kunde/gesendet`, connections: 100, duration: dauer, headers });
    await lauf(3);
    const dauer = 15;
    const r = await lauf(dauer);
    const wechselnd = await wechselndMessen(
      { url: `${url}/kunde/gesendet`, headers },
      { url: await basisUrl(Buffer.byteLength(probe.html)) },
      { runden: Number(process.env.BENCH_WEB_RUNDEN ?? 5), dauerS: 5, verbindungen: 100 },
    );
    const takt = await festerTakt({
      url: `${url}/kunde/gesendet`,
      headers,
      proSekunde: Number(process.env.BENCH_WEB_TAKT ?? 1000),
      verbindungen: 100,
      dauerMs: dauer * 1000,
    });
    return {
      seite: '/kunde/gesendet',
      dokumente: zeilen,
      bytes: Buffer.byteLength(probe.html),
      web_prozesse: prozesse,
      fester_takt: { ...takt, ziel: 'p99 < 50 ms bei >= 1000 Anfragen/s über 100 Verbindungen' },
      volle_last: {
        werkzeug: 'autocannon',
        verbindungen: 100,
        dauer_s: dauer,
        anfragen_pro_sekunde: Math.round(r.requests.average),
        latenz_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        fehler: r.errors + r.timeouts,
        nicht_2xx: r.non2xx,
      },
      volle_last_wechselnd: wechselnd,
    };
  } finally {
    // Let requests autocannon left in flight finish before stopping the server.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await webStoppen(web);
  }
}
