// App upload over a slow phone line: 3 photos of 12 megapixels over a 1 Mbit/s uplink (Chromium network emulation),
// time from "Jetzt hochladen" to the receipt with the browser shrinking them, beside the plain form post without it.
import type { Browser } from 'playwright-core';
import { demoLogins } from '../db/demo/logins.js';
import type { AppContext } from '../platform/context.js';
import { browserStarten } from '../tests/support/browser.js';
import { dokumentFoto } from '../tests/support/dateien.js';
import { HttpKunde } from '../tests/support/http-kunde.js';
import { startApp } from '../tests/support/http.js';

const UPLINK_BIT_S = 1_000_000;
const DOWNLINK_BIT_S = 10_000_000;
const LATENZ_MS = 60;

export interface AppFotosErgebnis {
  fotos: number;
  foto_bytes: number[];
  uplink_mbit_s: number;
  mit_verkleinern_ms: number;
  ohne_verkleinern_ms: number;
  verhaeltnis: number;
  ziel: string;
}

async function hochladen(browser: Browser, basis: string, cookie: string, verkleinern: boolean, fotos: Buffer[]) {
  // No service worker: every request goes through the page's emulated network.
  const kontext = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await kontext.addCookies([{ name: 'sitzung', value: cookie, url: basis }]);
    const page = await kontext.newPage();
    page.setDefaultTimeout(600_000);
    // Without our upload script the form posts as it does without JavaScript (today's path).
    if (!verkleinern) await page.route('**/assets/hochladen.js', (route) => route.abort());
    const cdp = await kontext.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENZ_MS,
      uploadThroughput: UPLINK_BIT_S / 8,
      downloadThroughput: DOWNLINK_BIT_S / 8,
    });
    await page.goto(`${basis}/kunde/dokument-senden`);
    await page.locator('#dokumentart').selectOption('Lohnabrechnung');
    await page
      .locator('#datei1')
      .setInputFiles(fotos.map((buffer, i) => ({ name: `seite-${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })));
    const start = performance.now();
    await page.getByRole('button', { name: 'Jetzt hochladen' }).click();
    await page.locator('.meldung-erfolg', { hasText: 'erfolgreich hochgeladen' }).waitFor();
    return Math.round(performance.now() - start);
  } finally {
    await kontext.close();
  }
}

export async function appFotosMessen(ctx: AppContext): Promise<AppFotosErgebnis> {
  const app = await startApp(ctx);
  const browser = await browserStarten();
  try {
    const kunde = new HttpKunde(app.url);
    await kunde
      .anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort)
      .catch(() => kunde.anmelden(demoLogins.kunde.kundennummer, 'Mein-neues-Passwort-1'));
    const cookie = /sitzung=([^;]+)/.exec(kunde.cookie)![1]!;
    const fotos = await Promise.all([1, 2, 3].map(dokumentFoto));
    const mit = await hochladen(browser, app.url, cookie, true, fotos);
    const ohne = await hochladen(browser, app.url, cookie, false, fotos);
    return {
      fotos: fotos.length,
      foto_bytes: fotos.map((f) => f.length),
      uplink_mbit_s: UPLINK_BIT_S / 1e6,
      mit_verkleinern_ms: mit,
      ohne_verkleinern_ms: ohne,
      verhaeltnis: Math.round((mit / ohne) * 100) / 100,
      ziel: 'mit/ohne <= 0.33',
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
