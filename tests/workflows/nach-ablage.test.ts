// dokumentEingang files the document and loads the responsible people beside the aufbereitet step, then takes one round
// of local activities: abgelegt then weitergeleitet recorded by one activity, the clean-up and the team's notice beside it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { StatusMeldung } from '../../activities/projektion.js';
import type { BlobRef, DokumentEingangInput } from '../../domain/eingang.js';
import { dokumentEingang } from '../../workflows/dokument-eingang.js';
import { zustandQuery } from '../../workflows/dokument-eingang-nachrichten.js';
import { loadTemporalPlan } from '../../platform/temporal-plan.js';
import { waitUntil } from '../../platform/wait.js';
import { suiteEnvironment } from '../support/environment.js';
import { workflowQuelle } from '../support/workflow-quelle.js';

const blob = (key: string): BlobRef => ({ key, sha256: '0'.repeat(64), bytes: 1000 });

describe('dokumentEingang after filing', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let laufend: Promise<void>;
  const taskQueue = `nach-ablage-${randomUUID()}`;
  // The platform's namespace: dokumentEingang sets its search attributes.
  const namespace = loadTemporalPlan(path.join(import.meta.dirname, '../../temporal.yaml')).namespace.name;
  const gemeldet: StatusMeldung[] = [];
  /** The steps of each call that projects several steps at once. */
  const zusammen: number[][] = [];
  const geloescht: string[][] = [];
  const hinweise: Array<{ team: string; anlass: number }> = [];
  let zustaendigeGeladen = false;
  let ablageBegonnen = false;
  /** Documents whose DMS refuses the first three attempts (the local ones): filing attempts by Eingangsnummer. */
  const ablageVersuche = new Map<string, number>();
  /** Whether the responsible people were being loaded while the aufbereitet step was being recorded. */
  let nebenAufbereitet: boolean | undefined;
  /** Whether the document was being filed while the aufbereitet step was being recorded. */
  let ablageNebenAufbereitet: boolean | undefined;
  /** Whether the team's notice went out while abgelegt and weitergeleitet were being recorded. */
  let hinweisNebenProjektion: boolean | undefined;

  /** Waits at most 3 s for the other activity: one after the other, it never comes. */
  const nebeneinander = (name: string, gekommen: () => boolean) =>
    waitUntil(name, async () => gekommen(), { timeoutMs: 3_000, intervalMs: 10 }).then(
      () => true,
      () => false,
    );

  before(async () => {
    const { temporalAddress } = suiteEnvironment();
    env = await TestWorkflowEnvironment.createFromExistingServer({ address: temporalAddress, namespace });
    worker = await Worker.create({
      connection: env.nativeConnection,
      namespace,
      taskQueue,
      ...workflowQuelle(),
      activities: {
        dateiAufbereiten: async ({ datei }: { datei: BlobRef }) => ({
          art: 'pdf',
          blob: blob(`teil-${datei.key}`),
          seiten: 2,
        }),
        statusProjizieren: async (meldung: StatusMeldung) => {
          if (meldung.status === 'aufbereitet' && ablageVersuche.has(meldung.eingangsnummer)) {
            // The aufbereitet step is still being recorded when the local filing attempts have all failed, and for
            // 3 s more: a wartet_auf_ablage projected meanwhile would come before it.
            await waitUntil('three attempts', async () => ablageVersuche.get(meldung.eingangsnummer)! >= 3, {
              timeoutMs: 15_000,
              intervalMs: 10,
            });
            await nebeneinander('wartet_auf_ablage', () =>
              gemeldet.some((m) => m.eingangsnummer === meldung.eingangsnummer && m.status === 'wartet_auf_ablage'),
            );
          } else if (meldung.status === 'aufbereitet') {
            nebenAufbereitet = await nebeneinander('zustaendigeLaden', () => zustaendigeGeladen);
            ablageNebenAufbereitet = await nebeneinander('ablegen', () => ablageBegonnen);
          }
          gemeldet.push(meldung);
        },
        schritteProjizieren: async (meldungen: StatusMeldung[]) => {
          hinweisNebenProjektion = await nebeneinander('teamHinweisSenden', () => hinweise.length > 0);
          zusammen.push(meldungen.map((m) => m.schritt));
          gemeldet.push(...meldungen);
        },
        ablegen: async ({ index }: { index: { eingangsnummer: string } }) => {
          const versuche = ablageVersuche.get(index.eingangsnummer);
          if (versuche !== undefined) {
            ablageVersuche.set(index.eingangsnummer, versuche + 1);
            if (versuche < 3) throw new Error('DMS nicht erreichbar');
            return { referenz: 'DMS-2' };
          }
          ablageBegonnen = true;
          return { referenz: 'DMS-1' };
        },
        blobsLoeschen: async ({ keys }: { keys: string[] }) => {
          geloescht.push(keys);
        },
        zustaendigeLaden: async () => {
          zustaendigeGeladen = true;
          return { leistungssachbearbeiterId: 7, ansprechpartnerId: null };
        },
        teamHinweisSenden: async ({ team, anlass }: { team: string; anlass: number }) => {
          hinweise.push({ team, anlass });
          return true;
        },
        empfangsbestaetigungSenden: async () => true,
      },
    });
    laufend = worker.run();
  });
  after(async () => {
    worker.shutdown();
    await laufend;
    await env.teardown();
  });

  /** A client's document run until it is weitergeleitet; terminated in any case, so a failure leaves no run retrying. */
  async function bisWeitergeleitet(eingangsnummer: string, upload: string, timeoutMs: number): Promise<void> {
    const input: DokumentEingangInput = {
      eingangsnummer,
      partnerId: null,
      eingegangenAm: new Date().toISOString(),
      pdfTaskQueue: taskQueue,
      kanal: 'kunde',
      kundennummer: '100D000001',
      dokumentart: 'Kontoauszüge',
      inhalt: { art: 'dokument', dateien: [blob(upload)] },
    };
    const handle = await env.client.workflow.start(dokumentEingang, {
      taskQueue,
      workflowId: eingangsnummer,
      args: [input],
    });
    try {
      await waitUntil('weitergeleitet', async () => (await handle.query(zustandQuery)).status === 'weitergeleitet', {
        timeoutMs,
        intervalMs: 50,
      });
    } finally {
      await handle.terminate('test finished');
    }
  }

  it('files and loads the responsible people beside aufbereitet, then records abgelegt before weitergeleitet with the clean-up and the notice beside it', async () => {
    await bisWeitergeleitet(`E-TEST-${randomUUID()}`, 'upload', 30_000);
    assert.equal(nebenAufbereitet, true, 'the responsible people were loaded while aufbereitet was being recorded');
    assert.equal(ablageNebenAufbereitet, true, 'the document was filed while aufbereitet was being recorded');
    assert.equal(hinweisNebenProjektion, true, "the team's notice went out while the filing was being recorded");
    assert.deepEqual(
      gemeldet.map((m) => [m.schritt, m.status]),
      [
        [1, 'aufbereitet'],
        [2, 'abgelegt'],
        [3, 'weitergeleitet'],
      ],
    );
    assert.deepEqual(zusammen, [[2, 3]]);
    assert.deepEqual(gemeldet[1]!.felder, { dmsReferenz: 'DMS-1' });
    assert.deepEqual(gemeldet[2]!.felder, { teams: ['leistung'], zugewiesenAn: 7 });
    assert.deepEqual(geloescht, [['upload']]);
    // The notice belongs to the weitergeleitet step: its number keys the mail, so a retry sends it once.
    assert.deepEqual(hinweise, [{ team: 'leistung', anlass: 3 }]);
  });

  it('projects wartet_auf_ablage only after the aufbereitet step it was filed beside', async () => {
    const eingangsnummer = `E-AUSFALL-${randomUUID()}`;
    ablageVersuche.set(eingangsnummer, 0);
    await bisWeitergeleitet(eingangsnummer, 'upload-2', 45_000);
    assert.deepEqual(
      gemeldet.filter((m) => m.eingangsnummer === eingangsnummer).map((m) => [m.schritt, m.status]),
      [
        [1, 'aufbereitet'],
        [2, 'wartet_auf_ablage'],
        [3, 'abgelegt'],
        [4, 'weitergeleitet'],
      ],
    );
    assert.equal(ablageVersuche.get(eingangsnummer), 4, 'three local attempts, then the durable activity');
  });
});
