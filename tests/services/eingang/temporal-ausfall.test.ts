import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import type { DokumentEingangInput } from '../../../domain/eingang.js';
import { neueNummer } from '../../../domain/nummern.js';
import { closeAppContext, type AppContext } from '../../../platform/context.js';
import { waitUntil } from '../../../platform/wait.js';
import { ausstehendeStarten, workflowsOhneZeile, zeilenOhneWorkflow } from '../../../services/eingang/abgleich.js';
import { abgleichStarten } from '../../../services/eingang/abgleich-schleife.js';
import { startVersuchen } from '../../../services/eingang/eingang-starten.js';
import { dokumentEinreichen } from '../../../services/eingang/einreichen.js';
import type { TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import { startApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { tcpSchalter, type TcpSchalter } from '../../support/tcp-schalter.js';
import { warteAufStatus } from '../../support/warten.js';
import { demoMitWorkern } from '../../support/workers.js';
import { dokumentEingang } from '../../../workflows/dokument-eingang.js';

describe('submissions while Temporal is unreachable', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  /** Between the web side and Temporal: closed means connections are refused, as when the server is down. */
  let temporal: TcpSchalter;
  /** The web side's context, talking to Temporal through the switch; the workers talk to Temporal directly. */
  let web: AppContext;
  let app: RunningApp;

  before(async () => {
    ({ t, stop } = await demoMitWorkern());
    temporal = await tcpSchalter(t.ctx.config.temporalAddress);
    web = t.weitererProzess({ temporalAddress: temporal.address });
    app = await startApp(web);
  });
  after(async () => {
    await app.close();
    await closeAppContext(web);
    await temporal.schliessen();
    await stop();
  });

  const journal = (eingangsnummer: string) => t.ctx.db('eingangs_starts').where({ eingangsnummer }).first();

  it('answers at once with the Eingangsnummer, keeps a pending start, and the reconciler starts the workflow once Temporal answers', async () => {
    await temporal.schliessen();
    const kunde = new HttpKunde(app.url);
    await kunde.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    await kunde.holen('/kunde/dokument-senden');
    const begonnen = Date.now();
    const antwort = await kunde.senden('/kunde/dokument-senden', { dokumentart: 'Lohnabrechnung' }, [
      { feld: 'datei1', name: 'a.pdf', bytes: await pdfMitSeiten(2) },
    ]);
    // Not the client's retries against a dead server (about 20 s): the first attempt gives up within seconds.
    assert.ok(Date.now() - begonnen < 10_000, `answered after ${Date.now() - begonnen} ms`);
    assert.equal(antwort.status, 302);
    const { html } = await kunde.holen(antwort.location!);
    const eingangsnummer = /Ihre Eingangsnummer: (E\d\d-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(html)?.[1];
    assert.ok(eingangsnummer, 'success banner with the Eingangsnummer');

    assert.equal((await t.ctx.db('eingangsdokumente').where({ eingangsnummer }).first()).status, 'eingegangen');
    const ausstehend = await journal(eingangsnummer);
    assert.equal(ausstehend.gestartet_am, null);
    assert.equal(ausstehend.versuche, 1);
    assert.ok(ausstehend.letzter_fehler);
    assert.equal(await ausstehendeStarten(web), 0, 'nothing due yet, and nothing to start while Temporal is down');

    await temporal.oeffnen();
    await t.ctx.db('eingangs_starts').where({ eingangsnummer }).update({ naechster_versuch: new Date() });
    const abgleich = abgleichStarten(web, { startIntervallMs: 200 });
    try {
      await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet', 60_000);
    } finally {
      await abgleich.stop();
    }
    assert.ok((await journal(eingangsnummer)).gestartet_am);

    // A second start of the same Eingangsnummer is harmless: success, and still the one workflow run.
    const vorher = await t.ctx.temporal.client.workflow.getHandle(eingangsnummer).describe();
    assert.equal(await startVersuchen(web, web.db, ausstehend.input as DokumentEingangInput), true);
    const nachher = await t.ctx.temporal.client.workflow.getHandle(eingangsnummer).describe();
    assert.equal(nachher.runId, vorher.runId);
    const statuses = (await t.ctx.db('eingangs_timeline').where({ eingangsnummer }).orderBy('schritt')).map(
      (s) => s.status,
    );
    assert.deepEqual(statuses, ['eingegangen', 'aufbereitet', 'abgelegt', 'weitergeleitet']);
  });

  it('finds rows without their workflow: starts one again from its journal, refuses one that cannot be started', async () => {
    await temporal.schliessen();
    const { eingangsnummer: verloren } = await dokumentEinreichen(web, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await pdfMitSeiten(1)],
    });
    // As if the start had been confirmed and Temporal had then lost the workflow, an hour ago.
    const vorEinerStunde = new Date(Date.now() - 3_600_000);
    await t.ctx.db('eingangs_starts').where({ eingangsnummer: verloren }).update({ gestartet_am: vorEinerStunde });
    await t.ctx.db('eingangsdokumente').where({ eingangsnummer: verloren }).update({ eingegangen_am: vorEinerStunde });
    // A row left by the old code: no workflow and no start input kept.
    const altlast = neueNummer('E', vorEinerStunde);
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer: altlast,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: paula.id,
      dokumentart: 'Arbeitsvertrag',
      status: 'eingegangen',
      eingegangen_am: vorEinerStunde,
      aktualisiert_am: vorEinerStunde,
    });
    await t.ctx
      .db('eingangs_timeline')
      .insert({ eingangsnummer: altlast, schritt: 0, status: 'eingegangen', zeit: vorEinerStunde });

    const waehrendAusfall = await zeilenOhneWorkflow(web);
    assert.deepEqual(
      waehrendAusfall,
      { neuAngesetzt: [], abgelehnt: [], workflowBeendet: [] },
      'nothing decided while Temporal does not answer',
    );

    await temporal.oeffnen();
    const pruefung = await zeilenOhneWorkflow(web);
    assert.deepEqual(pruefung, { neuAngesetzt: [verloren], abgelehnt: [altlast], workflowBeendet: [] });
    await waitUntil('reconnected', async () => (await ausstehendeStarten(web)) === 1, {
      timeoutMs: 15_000,
      intervalMs: 250,
    });
    await warteAufStatus(t.ctx, verloren, 'weitergeleitet', 60_000);
    const abgelehnt = await t.ctx.db('eingangsdokumente').where({ eingangsnummer: altlast }).first();
    assert.equal(abgelehnt.status, 'abgelehnt');
    assert.equal(abgelehnt.ablehnungsgrund, 'nicht_uebermittelt');

    // Checked again after the document moved on: nothing to do, and its journal entry is gone.
    assert.deepEqual(await zeilenOhneWorkflow(web, { alterMinuten: 0 }), {
      neuAngesetzt: [],
      abgelehnt: [],
      workflowBeendet: [],
    });
    assert.equal(await journal(verloren), undefined);
  });

  it('reports a running dokumentEingang workflow whose row is missing, and leaves it running', async () => {
    await temporal.oeffnen();
    const plan = t.ctx.temporal.plan;
    const ohneWorker = {
      ...web,
      temporal: {
        ...web.temporal,
        plan: { ...plan, taskQueues: { ...plan.taskQueues, io: `niemand-${randomBytes(4).toString('hex')}` } },
      },
    };
    const eingangsnummer = neueNummer('E');
    const input: DokumentEingangInput = {
      eingangsnummer,
      kanal: 'kunde',
      kundennummer: demoLogins.kunde.kundennummer,
      partnerId: null,
      dokumentart: 'Sonstiges',
      eingegangenAm: new Date().toISOString(),
      pdfTaskQueue: plan.taskQueues.pdf,
      inhalt: { art: 'dokument', dateien: [] },
    };
    const handle = await t.ctx.temporal.client.workflow.start(dokumentEingang, {
      workflowId: eingangsnummer,
      taskQueue: ohneWorker.temporal.plan.taskQueues.io,
      args: [input],
    });
    try {
      await waitUntil(
        'listed by visibility',
        async () => (await workflowsOhneZeile(ohneWorker)).includes(eingangsnummer),
        { timeoutMs: 15_000, intervalMs: 250 },
      );
      assert.equal((await handle.describe()).status.name, 'RUNNING');
    } finally {
      await handle.terminate('test ends');
    }
  });
});
