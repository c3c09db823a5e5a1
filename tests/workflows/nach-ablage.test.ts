// After filing, dokumentEingang records the filing, deletes intermediate files and loads the responsible people side by
// side (one round of local activities), and still projects abgelegt before weitergeleitet.
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
  const geloescht: string[][] = [];
  let zustaendigeGeladen = false;
  /** Whether the responsible people were being loaded while the filing was still being recorded. */
  let nebeneinander: boolean | undefined;

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
          if (meldung.status === 'abgelegt') {
            // Held until the responsible people are asked for, at most 3 s: one after the other they never are.
            await waitUntil('zustaendigeLaden', async () => zustaendigeGeladen, { timeoutMs: 3_000, intervalMs: 10 })
              .then(() => (nebeneinander = true))
              .catch(() => (nebeneinander = false));
          }
          gemeldet.push(meldung);
        },
        ablegen: async () => ({ referenz: 'DMS-1' }),
        blobsLoeschen: async ({ keys }: { keys: string[] }) => {
          geloescht.push(keys);
        },
        zustaendigeLaden: async () => {
          zustaendigeGeladen = true;
          return { leistungssachbearbeiterId: 7, ansprechpartnerId: null };
        },
        teamHinweisSenden: async () => true,
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

  it('records the filing, deletes the intermediate files and loads the responsible people side by side, abgelegt before weitergeleitet', async () => {
    const input: DokumentEingangInput = {
      eingangsnummer: `E-TEST-${randomUUID()}`,
      partnerId: null,
      eingegangenAm: new Date().toISOString(),
      pdfTaskQueue: taskQueue,
      kanal: 'kunde',
      kundennummer: '100D000001',
      dokumentart: 'Kontoauszüge',
      inhalt: { art: 'dokument', dateien: [blob('upload')] },
    };
    const handle = await env.client.workflow.start(dokumentEingang, {
      taskQueue,
      workflowId: input.eingangsnummer,
      args: [input],
    });
    await waitUntil('weitergeleitet', async () => (await handle.query(zustandQuery)).status === 'weitergeleitet', {
      timeoutMs: 30_000,
      intervalMs: 50,
    });
    await handle.terminate('test finished');
    assert.equal(nebeneinander, true, 'the responsible people were loaded while the filing was being recorded');
    assert.deepEqual(
      gemeldet.map((m) => [m.schritt, m.status]),
      [
        [1, 'aufbereitet'],
        [2, 'abgelegt'],
        [3, 'weitergeleitet'],
      ],
    );
    assert.deepEqual(geloescht, [['upload']]);
    assert.deepEqual(gemeldet.at(-1)!.felder, { teams: ['leistung'], zugewiesenAn: 7 });
  });
});
