import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { messageIdFuer } from '../../activities/mail/einmal-senden.js';
import { demoLogins } from '../../db/demo/logins.js';
import { createDb, type Db } from '../../db/knex.js';
import { loadConfig } from '../../platform/config.js';
import { waitUntil } from '../../platform/wait.js';
import { foto, pdfMitSeiten } from '../support/dateien.js';
import { HttpKunde } from '../support/http-kunde.js';
import { topologieStarten, type Prozess, type Topologie, type WebProzess } from '../support/topologie.js';

const JE_WEB_PROZESS = 6;
const gefiled = ['abgelegt', 'weitergeleitet'];

describe('the production topology: a Temporal server on PostgreSQL, two workers and two web processes sharing no disk', () => {
  let topo: Topologie;
  let workerA: Prozess;
  let workerB: Prozess;
  let web1: WebProzess;
  let web2: WebProzess;
  let db: Db;
  let connection: Connection;
  let client: Client;
  let fehlgeschlagen = true;

  before(async () => {
    topo = await topologieStarten();
    [workerA, workerB] = await Promise.all([topo.worker('worker-a'), topo.worker('worker-b')]);
    [web1, web2] = await Promise.all([topo.web('web-1'), topo.web('web-2')]);
    db = createDb(topo.databaseUrl, { min: 0, max: 2 });
    connection = await Connection.connect({ address: topo.temporal.address });
    client = new Client({ connection, namespace: 'jobcenter' });
    // Ready means both task queues polled, as the real server reports it (DescribeTaskQueue).
    for (const web of [web1, web2])
      await waitUntil(`${web.name} ready`, async () => (await fetch(`${web.url}/readyz`)).status === 200, {
        timeoutMs: 180_000,
        intervalMs: 500,
      });
  });
  after(async () => {
    if (fehlgeschlagen && topo) process.stderr.write(`${await topo.logs()}\n`);
    await connection?.close();
    await db?.destroy();
    await topo?.stop();
  });

  async function hochladen(kunde: HttpKunde, anzahl: number): Promise<string[]> {
    const [bild, scan] = [await foto(), await pdfMitSeiten(3)];
    const nummern: string[] = [];
    for (let i = 0; i < anzahl; i++) {
      await kunde.holen('/kunde/dokument-senden');
      const antwort = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Lohnabrechnung' }, [
        { feld: 'datei1', name: 'foto.jpg', bytes: bild },
        { feld: 'datei1', name: 'scan.pdf', bytes: scan },
      ]);
      assert.equal(antwort.status, 302, antwort.html.slice(0, 500));
      const { html } = await kunde.holen(antwort.location!);
      const nummer = /Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)?.[1];
      assert.ok(nummer, 'success banner with the Eingangsnummer');
      nummern.push(nummer);
    }
    return nummern;
  }

  /** Identities (pid@host) of the workers that took a task of this workflow. */
  async function workerIdentitaeten(eingangsnummer: string): Promise<Set<string>> {
    const history = await client.workflow.getHandle(eingangsnummer).fetchHistory();
    const identitaeten = new Set<string>();
    for (const event of history.events ?? []) {
      const identity =
        event.workflowTaskStartedEventAttributes?.identity ?? event.activityTaskStartedEventAttributes?.identity;
      if (identity) identitaeten.add(identity);
    }
    return identitaeten;
  }

  it('files every document uploaded through either web process exactly once, though a worker is killed mid-batch', async () => {
    const paula = new HttpKunde(web1.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const max = new HttpKunde(web2.url);
    await max.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    // Sessions live in PostgreSQL: the one begun on web-1 is good on web-2.
    const aufWeb2 = await fetch(`${web2.url}/kunde`, { headers: { cookie: paula.cookie }, redirect: 'manual' });
    assert.equal(aufWeb2.status, 200);
    await aufWeb2.text();

    const hochgeladen = Promise.all([hochladen(paula, JE_WEB_PROZESS), hochladen(max, JE_WEB_PROZESS)]);
    let gefiledBeimToeten = 0;
    await waitUntil(
      'the first document filed',
      async () => {
        gefiledBeimToeten = Number((await db('eingangsdokumente').whereIn('status', gefiled).count({ n: '*' }))[0]!.n);
        return gefiledBeimToeten > 0;
      },
      { timeoutMs: 300_000, intervalMs: 100 },
    );
    await topo.toeten(workerA);
    const nummern = (await hochgeladen).flat();
    assert.equal(new Set(nummern).size, 2 * JE_WEB_PROZESS);
    assert.ok(gefiledBeimToeten < nummern.length, `${gefiledBeimToeten} filed when worker-a was killed`);

    let stand: Record<string, string> = {};
    await waitUntil(
      'every document passed on to its team',
      async () => {
        const rows = await db('eingangsdokumente')
          .whereIn('eingangsnummer', nummern)
          .select('eingangsnummer', 'status');
        stand = Object.fromEntries(rows.map((r) => [r.eingangsnummer, r.status]));
        return rows.length === nummern.length && rows.every((r) => r.status === 'weitergeleitet');
      },
      { timeoutMs: 420_000, intervalMs: 500 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(stand)}`);
    });

    // Each document once in the DMS hot folder: PDF and index, nothing else beside them.
    const sichtbar = (await readdir(topo.dmsImportDir)).filter((name) => !name.startsWith('.')).sort();
    assert.deepEqual(sichtbar, nummern.flatMap((n) => [`${n}.json`, `${n}.pdf`]).sort());
    const s3Keys = new Set(await topo.s3.keys());
    for (const nummer of nummern) {
      const row = await db('eingangsdokumente').where({ eingangsnummer: nummer }).first();
      const index = JSON.parse(await readFile(path.join(topo.dmsImportDir, `${nummer}.json`), 'utf8'));
      const pdf = await readFile(path.join(topo.dmsImportDir, `${nummer}.pdf`));
      assert.equal(index.eingangsnummer, nummer);
      assert.equal(index.seiten, 4);
      assert.equal(createHash('sha256').update(pdf).digest('hex'), row.sha256);
      assert.equal(index.sha256, row.sha256);
      assert.ok(s3Keys.has(row.blob_key), `${nummer}: the merged PDF is in the S3 bucket`);
      const schritte = await db('eingangs_timeline').where({ eingangsnummer: nummer }).orderBy('schritt');
      assert.deepEqual(
        schritte.map((s) => s.status),
        ['eingegangen', 'aufbereitet', 'abgelegt', 'weitergeleitet'],
      );
    }
    assert.equal(
      Number((await db('dms_ablagen').whereIn('eingangsnummer', nummern).count({ n: '*' }))[0]!.n),
      nummern.length,
    );

    // Every receipt reached the mail server; one claimed by the killed worker only once its 60-second claim ran out.
    const von = loadConfig({}).mailFrom;
    let ohneQuittung: string[] = [];
    await waitUntil(
      'every receipt mailed',
      async () => {
        const ids = new Set(topo.mails.received.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw)?.[1]));
        ohneQuittung = nummern.filter((n) => !ids.has(messageIdFuer(`${n}/empfang`, von)));
        return ohneQuittung.length === 0;
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}: no receipt for ${ohneQuittung.join(', ')}`);
    });

    // Both workers worked, the killed one before it died; no process wrote a blob to its own disk.
    const a = `${workerA.child.pid}@${hostname()}`;
    const b = `${workerB.child.pid}@${hostname()}`;
    const identitaeten = await Promise.all(nummern.map(workerIdentitaeten));
    assert.ok(
      identitaeten.some((i) => i.has(a)),
      'worker-a took tasks before it was killed',
    );
    assert.ok(
      identitaeten.some((i) => i.has(b)),
      'worker-b took tasks',
    );
    for (const prozess of [workerA, workerB, web1, web2])
      assert.equal(existsSync(path.join(prozess.dataDir, 'blobs')), false, `${prozess.name} kept no blobs locally`);
    const beide = identitaeten.filter((i) => i.has(a) && i.has(b)).length;
    process.stdout.write(
      `# ${nummern.length} documents, ${gefiledBeimToeten} filed when worker-a was killed, ${beide} handled by both workers\n`,
    );
    fehlgeschlagen = false;
  });
});
