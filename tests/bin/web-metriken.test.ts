import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { teams } from '../../domain/bereich.js';
import { ueberfaelligVor } from '../../domain/fristen.js';
import { dokumentstatus, endstatus } from '../../domain/status.js';
import { CACHE_MS } from '../../platform/metriken/geschaeft.js';
import { waitUntil } from '../../platform/wait.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto, keinDokument } from '../support/dateien.js';
import { HttpKunde } from '../support/http-kunde.js';
import { freePort } from '../support/ports.js';
import { wert } from '../support/prometheus-text.js';
import { TEST_BLOB_SCHLUESSEL } from '../support/blob-schluessel.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const TAG_MS = 24 * 60 * 60 * 1000;

/** Whether something listens on 127.0.0.1:port only (from the kernel's socket table, no traffic sent). */
async function hoertNurAufLoopback(port: number): Promise<boolean> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const lauschend = (await readFile('/proc/net/tcp', 'utf8'))
    .split('\n')
    .slice(1)
    .map((z) => z.trim().split(/\s+/))
    .filter((spalten) => spalten[1]?.endsWith(`:${hex}`) && spalten[3] === '0A')
    .map((spalten) => spalten[1]!.split(':')[0]);
  return lauschend.length > 0 && lauschend.every((adresse) => adresse === '0100007F');
}

describe('web processes serve Prometheus metrics on METRICS_PORT only, by route pattern, without personal data', () => {
  let t: TestContext;
  let web: ChildProcess;
  let basis: string;
  let metriken: string;
  let eingangsnummer: string;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first();
    // Open documents of known age beside whatever the demo data holds; one finished, which counts for no team.
    const zeile = (nummer: string, status: string, team: string, tageAlt: number) => ({
      eingangsnummer: nummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: paula.id,
      dokumentart: 'Kontoauszüge',
      teams: [team],
      status,
      dateien: 1,
      eingegangen_am: new Date(Date.now() - tageAlt * TAG_MS),
      aktualisiert_am: new Date(),
    });
    await t.ctx
      .db('eingangsdokumente')
      .insert([
        zeile('E26-TEST-0001', 'weitergeleitet', 'leistung', 10),
        zeile('E26-TEST-0002', 'in_bearbeitung', 'leistung', 1),
        zeile('E26-TEST-0003', 'erledigt', 'vermittlung', 30),
        zeile('E26-TEST-0004', 'weitergeleitet', 'poststelle', 0),
      ]);
    const plan = parse(readFileSync(path.join(root, 'temporal.yaml'), 'utf8'));
    const planDatei = path.join(t.ctx.config.dataDir, 'temporal.yaml');
    await writeFile(planDatei, stringify({ ...plan, taskQueues: t.ctx.temporal.plan.taskQueues }));
    const [port, metricsPort] = [await freePort(), await freePort()];
    basis = `http://127.0.0.1:${port}`;
    metriken = `http://127.0.0.1:${metricsPort}/metrics`;
    web = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'web.ts')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: t.databaseUrl,
        TEMPORAL_ADDRESS: t.ctx.config.temporalAddress,
        DATA_DIR: t.ctx.config.dataDir,
        BLOB_SCHLUESSEL: TEST_BLOB_SCHLUESSEL,
        TEMPORAL_CONFIG: planDatei,
        PORT: String(port),
        PUBLIC_URL: basis,
        WEB_PROCESSES: '2',
        METRICS_PORT: String(metricsPort),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ausgabe = '';
    for (const strom of [web.stdout!, web.stderr!]) strom.on('data', (teil: Buffer) => (ausgabe += teil.toString()));
    await waitUntil('web and metrics', async () => (await fetch(`${basis}/healthz`)).ok && (await fetch(metriken)).ok, {
      timeoutMs: 240_000,
      intervalMs: 250,
    }).catch((error: Error) => {
      throw new Error(`${error.message}; web process said:\n${ausgabe.slice(-3000)}`);
    });

    const kunde = new HttpKunde(basis);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    await kunde.holen('/kunde/dokument-senden');
    const angenommen = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Lohnabrechnung' }, [
      { feld: 'datei1', name: 'seite.jpg', bytes: await foto() },
    ]);
    assert.equal(angenommen.status, 302);
    const { html } = await kunde.holen(angenommen.location!);
    eingangsnummer = /(E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)![1]!;
    const abgelehnt = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Lohnabrechnung' }, [
      { feld: 'datei1', name: 'archiv.zip', bytes: keinDokument },
    ]);
    assert.equal(abgelehnt.status, 400);
    assert.equal((await kunde.holen(`/kunde/gesendet/${eingangsnummer}/status`, { 'HX-Request': 'true' })).status, 200);
    assert.equal((await kunde.holen(`/nichts/${demoLogins.kunde.kundennummer}`)).status, 404);
  });
  after(async () => {
    if (web.exitCode === null) {
      const beendet = new Promise((resolve) => web.once('exit', resolve));
      web.kill('SIGTERM');
      await beendet;
    }
    await t.close();
  });

  it('counts and times requests by route pattern and status, summed over both processes; raw paths never become labels', async () => {
    const text = await (await fetch(metriken)).text();
    const route = 'route="/kunde/gesendet/:nummer/status",method="GET",status="200"';
    assert.equal(wert(text, 'http_requests_total', route), 1);
    assert.equal(wert(text, 'http_request_duration_seconds_count', route), 1);
    assert.equal(wert(text, 'http_request_duration_seconds_bucket', `le="+Inf",${route}`), 1);
    assert.equal(wert(text, 'http_requests_total', 'route="unmatched",method="GET",status="404"'), 1);
    assert.equal(wert(text, 'http_requests_total', 'route="/anmelden",method="POST",status="302"'), 1);
    assert.ok(!text.includes(eingangsnummer), 'no Eingangsnummer');
    assert.ok(!text.includes(demoLogins.kunde.kundennummer), 'no Kundennummer');
    assert.ok(!/paula/i.test(text), 'no names');
  });

  it('counts uploads accepted and refused by Kanal and refusal code', async () => {
    const text = await (await fetch(metriken)).text();
    assert.equal(wert(text, 'jobcenter_uploads_total', 'kanal="kunde",ergebnis="angenommen",grund=""'), 1);
    assert.equal(wert(text, 'jobcenter_uploads_total', 'kanal="kunde",ergebnis="abgelehnt",grund="dateityp"'), 1);
  });

  it('reports documents per status and, per team, the open, overdue and oldest open ones as PostgreSQL holds them', async () => {
    // The readings taken before the uploads above are served for CACHE_MS; the next scrape after that reads again.
    await new Promise((resolve) => setTimeout(resolve, CACHE_MS + 1000));
    const text = await (await fetch(metriken)).text();
    const zeilen: Array<{ status: string; teams: string[]; eingegangen_am: Date }> = await t.ctx
      .db('eingangsdokumente')
      .select('status', 'teams', 'eingegangen_am');
    for (const status of dokumentstatus)
      assert.equal(
        wert(text, 'jobcenter_dokumente', `status="${status}"`),
        zeilen.filter((z) => z.status === status).length,
        status,
      );
    const offen = zeilen.filter((z) => !(endstatus as readonly string[]).includes(z.status));
    for (const team of teams) {
      const eigene = offen.filter((z) => z.teams.includes(team));
      assert.equal(wert(text, 'jobcenter_dokumente_offen', `team="${team}"`), eigene.length, team);
      const aeltestes = Math.min(...eigene.map((z) => new Date(z.eingegangen_am).getTime()));
      const erwartet = eigene.length === 0 ? 0 : (Date.now() - aeltestes) / 1000;
      const alter = wert(text, 'jobcenter_aeltestes_offenes_dokument_sekunden', `team="${team}"`)!;
      assert.ok(Math.abs(alter - erwartet) < 60, `${team}: ${alter} s, expected ${erwartet} s`);
    }
    assert.ok(wert(text, 'jobcenter_aeltestes_offenes_dokument_sekunden', 'team="leistung"')! >= 10 * 86_400 - 60);
    // Ten days are overdue whatever the weekday; one day and today are not.
    const frist = ueberfaelligVor(new Date()).getTime();
    for (const team of teams)
      assert.equal(
        wert(text, 'jobcenter_dokumente_ueberfaellig', `team="${team}"`),
        offen.filter((z) => z.teams.includes(team) && new Date(z.eingegangen_am).getTime() < frist).length,
        team,
      );
    assert.ok(wert(text, 'jobcenter_dokumente_ueberfaellig', 'team="leistung"')! >= 1);
    assert.equal(
      wert(text, 'jobcenter_dokumente_offen', 'team="vermittlung"'),
      offen.filter((z) => z.teams.includes('vermittlung')).length,
    );
  });

  it('keeps metrics off the public port and binds the metrics port to the loopback address by default', async () => {
    assert.equal((await fetch(`${basis}/metrics`)).status, 404);
    assert.ok(await hoertNurAufLoopback(Number(new URL(metriken).port)));
  });
});
