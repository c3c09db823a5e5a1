// Upload memory: how much the web process's RSS rises while 10 anonymous 95 MB posts arrive at once, and during one
// signed-in 100 MB submission, against its own RSS just before (the baseline of the same run).
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { demoLogins } from '../db/demo/logins.js';
import { grenzen } from '../domain/grenzen.js';
import { HttpKunde } from '../tests/support/http-kunde.js';
import { webStarten, webStoppen } from './web.js';

const MB = 1024 * 1024;
const GRENZE = 'bench-upload-grenze';

export interface SpeicherAnstieg {
  gesendet_mb: number;
  rss_vorher_mb: number;
  rss_spitze_mb: number;
  anstieg_mb: number;
  /** RSS rise per MB the clients sent. */
  anstieg_je_gesendetem_mb: number;
  antworten: string[];
  ziel: string;
}

export interface UploadSpeicherErgebnis {
  anonym_10x95mb: SpeicherAnstieg;
  angemeldet_100mb: SpeicherAnstieg;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** A multipart body of fields and files of the given sizes, generated while it is sent (a PDF header, then filler). */
function* koerper(felder: Record<string, string>, dateien: number[]): Generator<Buffer> {
  for (const [name, wert] of Object.entries(felder))
    yield Buffer.from(`--${GRENZE}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${wert}\r\n`);
  const fueller = Buffer.alloc(MB, 0x20);
  for (const [i, bytes] of dateien.entries()) {
    yield Buffer.from(
      `--${GRENZE}\r\nContent-Disposition: form-data; name="datei1"; filename="teil${i + 1}.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
    );
    for (let rest = bytes - 9; rest > 0; rest -= fueller.length)
      yield fueller.subarray(0, Math.min(rest, fueller.length));
    yield Buffer.from('\r\n');
  }
  yield Buffer.from(`--${GRENZE}--\r\n`);
}

/** Sends one body with backpressure; resolves with the status, or the error when the server closed the connection. */
function posten(
  url: string,
  headers: Record<string, string>,
  felder: Record<string, string>,
  dateien: number[],
): Promise<{ antwort: string; gesendet: number }> {
  const laenge = [...koerper(felder, dateien)].reduce((summe, teil) => summe + teil.length, 0);
  return new Promise((resolve) => {
    let gesendet = 0;
    let fertig = false;
    const ende = (antwort: string) => {
      if (fertig) return;
      fertig = true;
      resolve({ antwort, gesendet });
    };
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: {
        accept: 'text/html',
        ...headers,
        'content-type': `multipart/form-data; boundary=${GRENZE}`,
        'content-length': String(laenge),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => ende(String(res.statusCode)));
      res.on('error', () => ende(String(res.statusCode)));
    });
    req.on('error', (error: NodeJS.ErrnoException) => ende(error.code ?? error.message));
    const teile = koerper(felder, dateien);
    const weiter = () => {
      for (let teil = teile.next(); !teil.done; teil = teile.next()) {
        if (fertig) return;
        gesendet += teil.value.length;
        if (!req.write(teil.value)) return void req.once('drain', weiter);
      }
      req.end();
    };
    weiter();
  });
}

/** Runs `last` while sampling the process's RSS every 20 ms; the rise is the peak over the RSS just before. */
async function messen(
  pid: number,
  ziel: string,
  last: () => Promise<Array<{ antwort: string; gesendet: number }>>,
): Promise<SpeicherAnstieg> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const vorher = await rssMb(pid);
  let spitze = vorher;
  const probe = setInterval(
    () =>
      void rssMb(pid).then(
        (mb) => (spitze = Math.max(spitze, mb)),
        () => undefined,
      ),
    20,
  );
  try {
    const ergebnisse = await last();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const gesendet = ergebnisse.reduce((summe, e) => summe + e.gesendet, 0) / MB;
    const anstieg = spitze - vorher;
    return {
      gesendet_mb: Math.round(gesendet),
      rss_vorher_mb: Math.round(vorher),
      rss_spitze_mb: Math.round(spitze),
      anstieg_mb: Math.round(anstieg),
      anstieg_je_gesendetem_mb: Math.round((anstieg / Math.max(gesendet, 1)) * 1000) / 1000,
      antworten: ergebnisse.map((e) => e.antwort),
      ziel,
    };
  } finally {
    clearInterval(probe);
  }
}

/** A fresh web process per measurement, so one measurement's freed memory cannot hide the next one's rise. */
async function mitWeb<T>(
  env: Record<string, string | undefined>,
  messung: (url: string, pid: number, kunde: HttpKunde) => Promise<T>,
): Promise<T> {
  const { url, web } = await webStarten(env, 1);
  try {
    const kunde = new HttpKunde(url);
    await kunde.anmelden(
      demoLogins.kunde.kundennummer,
      erstesMal ? demoLogins.kunde.passwort : NEUES_PASSWORT,
      NEUES_PASSWORT,
    );
    erstesMal = false;
    // Warm-up: one small submission and one refused anonymous post, so the code paths are loaded before measuring.
    await kunde.holen('/kunde/dokument-senden');
    await posten(
      `${url}/kunde/dokument-senden`,
      { cookie: kunde.cookie },
      { _csrf: kunde.csrf, dokumentart: 'Sonstiges' },
      [MB],
    );
    await posten(`${url}/anmelden`, {}, { kundennummer: 'X', passwort: 'Y' }, [MB]);
    await kunde.holen('/kunde/dokument-senden');
    return await messung(url, web.pid!, kunde);
  } finally {
    await webStoppen(web);
  }
}

const NEUES_PASSWORT = 'Bench-Upload-2026';
let erstesMal = true;

export async function uploadSpeicherMessen(env: Record<string, string | undefined>): Promise<UploadSpeicherErgebnis> {
  // 95 MB in four files, each under the 25 MB limit: what the server would have to hold if it read them.
  const anonym = await mitWeb(env, (url, pid) =>
    messen(pid, '< 50 MB', () =>
      Promise.all(
        Array.from({ length: 10 }, () =>
          posten(`${url}/anmelden`, {}, { kundennummer: 'X', passwort: 'Y' }, [24 * MB, 24 * MB, 24 * MB, 23 * MB]),
        ),
      ),
    ),
  );
  // 100 MB in four files just under 25 MB each: within the limits (before the fix a file of exactly 25 MB was refused).
  const angemeldet = await mitWeb(env, (url, pid, kunde) =>
    messen(pid, '< 64 MB', async () => [
      await posten(
        `${url}/kunde/dokument-senden`,
        { cookie: kunde.cookie },
        { _csrf: kunde.csrf, dokumentart: 'Sonstiges' },
        Array.from({ length: 4 }, () => grenzen.bytesProDatei - 1),
      ),
    ]),
  );
  return { anonym_10x95mb: anonym, angemeldet_100mb: angemeldet };
}
