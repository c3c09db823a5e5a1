import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoIdpKonten } from '../../db/demo/logins.js';
import { waitUntil } from '../../platform/wait.js';
import { apiStarten, fachverfahren, type ApiUmgebung } from '../support/api.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { begrenztParallel, Fachverfahren } from '../support/fachverfahren.js';
import { HttpKunde } from '../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../support/oidc-anmeldung.js';
import { textLaeufe } from '../support/pdf-text.js';
import { runWorkers } from '../support/workers.js';

const KUNDEN = 1000;
const TERMINE = 2000;
const BRIEFE = 300;
const GLEICHZEITIG = 8;
const sprachen = ['de', 'en', 'tr', 'ru', 'uk', 'ar'] as const;

const kundennummer = (i: number) => `400F${String(i).padStart(6, '0')}`;
const email = (i: number) => `fv.kunde${i}@example.org`;
const kunde = (i: number) => ({
  bgNummer: `40001BG${String(i).padStart(7, '0')}`,
  vorname: `Vorname${i}`,
  nachname: `Nachname${i}`,
  strasse: `Simulatorweg ${i + 1}`,
  plz: '12345',
  ort: 'Musterstadt',
  email: email(i),
  sprache: sprachen[i % sprachen.length],
  onlineZustellungSeit: '2026-11-01T08:00:00.000Z',
  ansprechpartner: 'demo-vermittlung',
  leistungssachbearbeiter: 'demo-leistung',
});

interface Ereignis {
  id: string;
  art: string;
  status: string;
  kundennummer: string | null;
  ausgangsnummer: string | null;
}

/** Each client's rows of a staff list, by the cell labelled Kundennummer. */
const kundennummernIn = (html: string) =>
  [...html.matchAll(/<td class="kern-table__cell" data-label="Kundennummer">([^<]+)<\/td>/g)].map((m) => m[1]!);

describe('machine API: a Fachverfahren simulator syncs 1,000 clients, 2,000 appointments and 300 letters; the pages show them and the events arrive in order', () => {
  let api: ApiUmgebung;
  let workers: { stop(): Promise<void> };
  let fv: Fachverfahren;
  const termine = Array.from({ length: TERMINE }, (_, j) => ({
    terminId: `FV-T-${j}`,
    kunde: j % KUNDEN,
    // Three days ahead and later, ten minutes apart: no reminder falls due while the test runs.
    beginn: new Date(Date.now() + 72 * 3_600_000 + j * 600_000).toISOString(),
    raum: `FV-Raum ${String(j).padStart(4, '0')}`,
  }));
  const briefe: Array<{ ausgangsnummer: string; kunde: number }> = [];
  let geprueft = 0;

  before(async () => {
    api = await apiStarten({ konten: demoIdpKonten });
    workers = await runWorkers(api.t.ctx);
    fv = new Fachverfahren({
      portalUrl: api.app.url,
      issuer: api.idp.issuer,
      ...fachverfahren,
      pruefen: (methode, pfad, antwort) => {
        api.pruefer.pruefen(methode, pfad, antwort);
        geprueft++;
      },
    });
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  it('syncs 1,000 clients and 2,000 appointments and publishes 300 letters, 8 requests at a time, each answer as documented', async (testKontext) => {
    const beginn = performance.now();
    const angelegt = await begrenztParallel(
      Array.from({ length: KUNDEN }, (_, i) => i),
      GLEICHZEITIG,
      async (i) => (await fv.kundeSpeichern(kundennummer(i), kunde(i))).status,
    );
    assert.deepEqual(new Set(angelegt), new Set([201]));
    const nachKunden = performance.now();
    const terminStatus = await begrenztParallel(termine, GLEICHZEITIG, async (t) => {
      const antwort = await fv.terminSpeichern(t.terminId, {
        kundennummer: kundennummer(t.kunde),
        beginn: t.beginn,
        raum: t.raum,
        mitteilung1: 'Beratung',
      });
      return antwort.status;
    });
    assert.deepEqual(new Set(terminStatus), new Set([201]));
    const nachTerminen = performance.now();
    const pdf = await pdfMitSeiten(1, 'Bescheid');
    briefe.push(
      ...(await begrenztParallel(
        Array.from({ length: BRIEFE }, (_, k) => k),
        GLEICHZEITIG,
        async (k) => ({
          kunde: k,
          ...(await fv.briefVeroeffentlichen(
            {
              kundennummer: kundennummer(k),
              dokumentart: 'Bescheid',
              bereich: 'leistung',
              name: `Bescheid FV ${k}`,
              referenz: `FV-BRIEF-${k}`,
            },
            pdf,
          )),
        }),
      )),
    );
    const ende = performance.now();
    testKontext.diagnostic(
      `simulator: ${KUNDEN} clients in ${Math.round(nachKunden - beginn)} ms, ${TERMINE} appointments in ${Math.round(nachTerminen - nachKunden)} ms, ${BRIEFE} letters in ${Math.round(ende - nachTerminen)} ms; ${JSON.stringify(fv.statistik)}`,
    );

    // Everything arrived once: the simulator's keys made no doubles, and the rows carry what it sent.
    const db = api.t.ctx.db;
    const unsere = await db('kunden').where('kundennummer', 'like', '400F%').select('kundennummer', 'email', 'sprache');
    assert.equal(unsere.length, KUNDEN);
    const row = unsere.find((k) => k.kundennummer === kundennummer(7))!;
    assert.deepEqual([row.email, row.sprache], [email(7), sprachen[7 % 6]]);
    assert.equal(
      (await db('termine').where('fachverfahren_id', 'like', 'FV-T-%').count({ n: '*' }).first())!.n,
      String(TERMINE),
    );
    assert.equal(new Set(briefe.map((b) => b.ausgangsnummer)).size, BRIEFE);
    assert.equal(
      (await db('ausgangsdokumente')
        .whereIn(
          'ausgangsnummer',
          briefe.map((b) => b.ausgangsnummer),
        )
        .count({ n: '*' })
        .first())!.n,
      String(BRIEFE),
    );
    assert.ok(geprueft >= KUNDEN + TERMINE + BRIEFE);
  });

  it('delivers an alert event for every letter, once, with strictly increasing positions, polled with the cursor', async () => {
    const gesehen: Ereignis[] = [];
    let cursor: string | undefined;
    const alarmiert = () =>
      new Set(gesehen.filter((e) => e.art === 'ausgang.benachrichtigt').map((e) => e.ausgangsnummer));
    const unsere = new Set(briefe.map((b) => b.ausgangsnummer));
    await waitUntil(
      'every letter alerted',
      async () => {
        for (;;) {
          const seite = await fv.ereignisse<Ereignis>(cursor, 250);
          if (seite.ereignisse.length === 0) {
            assert.equal(seite.cursor, cursor ?? seite.cursor);
            break;
          }
          assert.equal(seite.cursor, seite.ereignisse.at(-1)!.id);
          gesehen.push(...seite.ereignisse);
          cursor = seite.cursor;
        }
        return [...unsere].every((nummer) => alarmiert().has(nummer));
      },
      { timeoutMs: 180_000, intervalMs: 500 },
    );
    const positionen = gesehen.map((e) => BigInt(e.id));
    for (let i = 1; i < positionen.length; i++)
      assert.ok(positionen[i]! > positionen[i - 1]!, `position ${positionen[i]} after ${positionen[i - 1]}`);
    const alarme = gesehen.filter((e) => e.art === 'ausgang.benachrichtigt' && unsere.has(e.ausgangsnummer ?? ''));
    assert.equal(alarme.length, BRIEFE, 'one alert event per letter, none twice');
    for (const { ausgangsnummer, kunde: k } of briefe) {
      const e = alarme.find((a) => a.ausgangsnummer === ausgangsnummer)!;
      assert.deepEqual([e.kundennummer, e.status], [kundennummer(k), 'benachrichtigt']);
    }
    // The alert e-mails went to the letters' clients, one each, carrying no social data.
    const anUns = api.t.mails.received.filter((m) => /fv\.kunde\d+@example\.org/.test(m.to.join(',')));
    for (let k = 0; k < BRIEFE; k++)
      assert.equal(anUns.filter((m) => m.to.includes(email(k))).length, 1, `alert mail to ${email(k)}`);
  });

  it('shows a synced client her letter and appointments after a real sign-in, and her retrieval follows her alert in the events', async () => {
    const { portal: admin } = await mitarbeiterAnmelden(api.app.url, 'demo-admin');
    await admin.holen('/mitarbeiter/kunden');
    // The access letter staff hand out: the client's first password is printed on it.
    const brief = await fetch(`${api.app.url}/mitarbeiter/kunden/${kundennummer(0)}/zugang`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: admin.csrf }),
      headers: { cookie: admin.cookie },
    });
    assert.equal(brief.headers.get('content-type'), 'application/pdf');
    const text = (await textLaeufe(new Uint8Array(await brief.arrayBuffer())))
      .flatMap((s) => s.laeufe.map((l) => l.str))
      .join(' ');
    const passwort = /\b[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}\b/.exec(text)?.[0];
    assert.ok(passwort, 'the access letter names a password');

    const nora = new HttpKunde(api.app.url);
    await nora.anmelden(kundennummer(0), passwort);
    const eingang = await nora.holen('/kunde/eingang');
    assert.match(eingang.html, /Bescheid FV 0\b/);
    const eigene = termine.filter((t) => t.kunde === 0);
    const seite = await nora.holen('/kunde/termine');
    for (const t of eigene) assert.ok(seite.html.includes(t.raum), `appointment ${t.terminId} shown`);
    assert.ok(!seite.html.includes(termine[1]!.raum), 'not another client\u2019s appointment');

    const { ausgangsnummer } = briefe.find((b) => b.kunde === 0)!;
    assert.equal((await nora.holen(`/kunde/eingang/${ausgangsnummer}/pdf`)).status, 200);
    const eigeneEreignisse: Ereignis[] = [];
    await waitUntil(
      'retrieval recorded',
      async () => {
        eigeneEreignisse.length = 0;
        let nach: string | undefined;
        for (;;) {
          const s = await fv.ereignisse<Ereignis>(nach, 1000);
          if (s.ereignisse.length === 0) break;
          eigeneEreignisse.push(...s.ereignisse.filter((e) => e.ausgangsnummer === ausgangsnummer));
          nach = s.cursor;
        }
        return eigeneEreignisse.some((e) => e.art === 'ausgang.abgerufen');
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    assert.deepEqual(
      eigeneEreignisse.map((e) => e.art),
      ['ausgang.benachrichtigt', 'ausgang.abgerufen'],
    );
  });

  it('shows staff the synced clients, the coming appointments and the letters with their delivery status', async () => {
    const { portal: admin } = await mitarbeiterAnmelden(api.app.url, 'demo-admin');
    const synchron = new Set(Array.from({ length: KUNDEN }, (_, i) => kundennummer(i)));

    // The 50 newest accounts are all synced ones.
    const kunden = kundennummernIn((await admin.holen('/mitarbeiter/kunden')).html);
    assert.equal(kunden.length, 50);
    assert.ok(
      kunden.every((n) => synchron.has(n)),
      kunden.join(', '),
    );

    // The 100 next appointments: the earliest synced ones in order, beside any other appointment planned.
    const anstehend = await admin.holen('/mitarbeiter/termine');
    assert.equal(anstehend.status, 200);
    const zeilen = kundennummernIn(anstehend.html);
    assert.equal(zeilen.length, 100);
    const andere = await api.t.ctx
      .db('termine')
      .where({ status: 'geplant' })
      .where('beginn', '>', new Date())
      .where((q) => q.whereNull('fachverfahren_id').orWhere('fachverfahren_id', 'not like', 'FV-T-%'))
      .count({ n: '*' })
      .first();
    const gezeigteUnsere = zeilen.filter((n) => synchron.has(n));
    assert.ok(gezeigteUnsere.length >= 100 - Number(andere!.n), `${gezeigteUnsere.length} synced rows`);
    assert.deepEqual(
      gezeigteUnsere,
      termine.slice(0, gezeigteUnsere.length).map((t) => kundennummer(t.kunde)),
    );
    for (const t of termine.slice(0, gezeigteUnsere.length)) assert.ok(anstehend.html.includes(t.raum), t.raum);

    // The 50 newest letters are all synced ones, alerted.
    const ausgang = await admin.holen('/mitarbeiter/ausgang');
    assert.equal(ausgang.status, 200);
    const unsere = new Map(briefe.map((b) => [b.ausgangsnummer, b.kunde]));
    const gezeigt = [
      ...ausgang.html.matchAll(
        /<tr[^>]*>\s*<td class="kern-table__cell" data-label="[^"]+">(A[^<]+)<\/td>\s*<td class="kern-table__cell" data-label="[^"]+">([^<]+)<\/td>([\s\S]*?)<\/tr>/g,
      ),
    ];
    assert.equal(gezeigt.length, 50);
    for (const [, nummer, empfaenger, rest] of gezeigt) {
      assert.equal(empfaenger, kundennummer(unsere.get(nummer!)!), nummer);
      assert.match(rest!, /benachrichtigt|abgerufen/);
    }
  });
});
