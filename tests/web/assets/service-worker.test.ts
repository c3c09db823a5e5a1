// The app's service worker, run with its real code against an in-memory Cache Storage: only /assets/ files are ever cached.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';

const ursprung = 'https://portal.example';
const quelle = readFileSync(path.resolve(import.meta.dirname, '../../../web/assets/app/sw.js'), 'utf8');

interface Anfrage {
  url: string;
  method: string;
  mode: string;
}

/** A worker global with fake caches and network; `online` switches the network. */
function arbeiter() {
  const listener: Record<string, (event: unknown) => void> = {};
  const speicher = new Map<string, Map<string, Response>>();
  const netz = { online: true, abrufe: [] as string[] };
  const url = (anfrage: Anfrage | string) =>
    typeof anfrage === 'string' ? new URL(anfrage, ursprung).href : anfrage.url;
  const antwort = (text: string) => {
    const r = new Response(text, { status: 200 });
    Object.defineProperty(r, 'type', { value: 'basic' });
    return r;
  };
  const fetchFake = async (anfrage: Anfrage | string) => {
    netz.abrufe.push(url(anfrage));
    if (!netz.online) throw new TypeError('Failed to fetch');
    return antwort(`inhalt von ${url(anfrage)}`);
  };
  const cache = (name: string) => {
    if (!speicher.has(name)) speicher.set(name, new Map());
    const eintraege = speicher.get(name)!;
    return {
      async addAll(urls: string[]) {
        for (const u of urls) eintraege.set(url(u), await fetchFake(u));
      },
      async put(anfrage: Anfrage | string, r: Response) {
        eintraege.set(url(anfrage), r);
      },
      async match(anfrage: Anfrage | string) {
        return eintraege.get(url(anfrage))?.clone();
      },
    };
  };
  const caches = {
    open: async (name: string) => cache(name),
    keys: async () => [...speicher.keys()],
    delete: async (name: string) => speicher.delete(name),
    match: async (anfrage: Anfrage | string) => {
      for (const name of speicher.keys()) {
        const treffer = await cache(name).match(anfrage);
        if (treffer) return treffer;
      }
      return undefined;
    },
  };
  const self = {
    location: { origin: ursprung },
    addEventListener: (typ: string, fn: (event: unknown) => void) => (listener[typ] = fn),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  vm.runInNewContext(quelle, { self, caches, fetch: fetchFake, URL, Response });

  async function ereignis(typ: string, felder: object = {}) {
    const warten: Array<Promise<unknown>> = [];
    let antwort: Promise<Response> | undefined;
    listener[typ]!({
      ...felder,
      waitUntil: (p: Promise<unknown>) => warten.push(p),
      respondWith: (p: Promise<Response>) => (antwort = p),
    });
    const ergebnis = antwort ? await antwort : undefined;
    await Promise.all(warten);
    return ergebnis;
  }

  return {
    netz,
    installieren: async () => {
      await ereignis('install');
      await ereignis('activate');
    },
    abrufen: (pfad: string, mode = 'no-cors', method = 'GET') =>
      ereignis('fetch', { request: { url: new URL(pfad, ursprung).href, method, mode } }),
    gecacht: () => [...speicher.values()].flatMap((m) => [...m.keys()].map((u) => new URL(u))),
  };
}

describe('service worker', () => {
  it('precaches the offline page and static files only', async () => {
    const sw = arbeiter();
    await sw.installieren();
    const pfade = sw.gecacht().map((u) => u.pathname);
    assert.ok(pfade.includes('/assets/app/offline.html'));
    for (const pfad of pfade) assert.match(pfad, /^\/assets\//);
  });

  it('never caches a page, a fragment, a PDF or a manifest, online or offline; static files only', async () => {
    const sw = arbeiter();
    await sw.installieren();
    await sw.abrufen('/kunde', 'navigate');
    await sw.abrufen('/kunde/gesendet', 'navigate');
    await sw.abrufen('/kunde/eingang/17/pdf', 'navigate');
    await sw.abrufen('/kunde/gesendet/E26-ABCD-EFGH/pdf');
    await sw.abrufen('/kunde/gesendet/E26-ABCD-EFGH/status', 'cors');
    await sw.abrufen('/app/manifest.webmanifest?sprache=de', 'cors');
    await sw.abrufen('/assets/app/offline.html?kundennummer=100D000001');
    await sw.abrufen('https://fremd.example/assets/portal.js');
    await sw.abrufen('/kunde/teilen', 'navigate', 'POST');
    await sw.abrufen('/assets/portal.js');
    await sw.abrufen('/assets/htmx.js');
    const gecacht = sw.gecacht().map((u) => u.href);
    assert.ok(gecacht.includes(`${ursprung}/assets/portal.js`), 'a static file is cached when fetched');
    assert.ok(gecacht.includes(`${ursprung}/assets/htmx.js`));
    for (const u of sw.gecacht()) {
      assert.equal(u.origin, ursprung);
      assert.match(u.pathname, /^\/assets\//, `${u.href} is a static file`);
      assert.equal(u.search, '');
    }
    sw.netz.online = false;
    await sw.abrufen('/kunde/gesendet', 'navigate');
    for (const u of sw.gecacht()) assert.match(u.pathname, /^\/assets\//);
  });

  it('answers a navigation without network with the offline page, and static files from the cache', async () => {
    const sw = arbeiter();
    await sw.installieren();
    await sw.abrufen('/assets/portal.js');
    sw.netz.online = false;
    const seite = await sw.abrufen('/kunde/eingang', 'navigate');
    assert.equal(await seite?.text(), `inhalt von ${ursprung}/assets/app/offline.html`);
    const skript = await sw.abrufen('/assets/portal.js');
    assert.equal(await skript?.text(), `inhalt von ${ursprung}/assets/portal.js`);
  });

  it('leaves requests it does not handle to the browser (no answer from the worker)', async () => {
    const sw = arbeiter();
    await sw.installieren();
    assert.equal(await sw.abrufen('/kunde/gesendet/E26-ABCD-EFGH/pdf'), undefined);
    assert.equal(await sw.abrufen('/kunde/dokument-senden', 'navigate', 'POST'), undefined);
  });
});
