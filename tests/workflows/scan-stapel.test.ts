import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { LieferungStand, Warnanlass } from '../../domain/scan-lieferung.js';
import { scanStapel, type ScanStapelInput } from '../../workflows/scan-stapel.js';
import { suiteEnvironment } from '../support/environment.js';
import { workflowQuelle } from '../support/workflow-quelle.js';

/** A delivery kept in memory by fake activities: started documents finish after `rundenBisFertig` looks at the progress. */
class Lieferung {
  gestartet = new Map<number, number>();
  fertig = new Set<number>();
  gestartetDoppelt = 0;
  hoechstGleichzeitig = 0;
  warnungen: Warnanlass[] = [];
  protokolle = 0;
  blicke = 0;
  /** Turns of the workflow that started at least one document. */
  startRunden = 0;
  constructor(
    readonly angenommen: number,
    readonly extra: Partial<LieferungStand> = {},
    readonly rundenBisFertig = 1,
  ) {}

  stand(): LieferungStand {
    this.blicke += 1;
    for (const [position, seit] of this.gestartet)
      if (this.blicke - seit >= this.rundenBisFertig) this.fertig.add(position);
    const inVerarbeitung = this.gestartet.size - this.fertig.size;
    this.hoechstGleichzeitig = Math.max(this.hoechstGleichzeitig, inVerarbeitung);
    return {
      geschlossen: true,
      erwartet: this.angenommen,
      angenommen: this.angenommen,
      nichtGestartet: this.angenommen - this.gestartet.size,
      inVerarbeitung,
      fertig: this.fertig.size,
      zuordnungSeit: null,
      begonnenAm: this.gestartet.size ? new Date().toISOString() : null,
      ...this.extra,
    };
  }

  starten(hoechstens: number): number {
    let n = 0;
    for (let p = 1; p <= this.angenommen && n < hoechstens; p++) {
      if (this.gestartet.has(p)) continue;
      this.gestartet.set(p, this.blicke);
      n += 1;
    }
    if (n > 0) this.startRunden += 1;
    this.hoechstGleichzeitig = Math.max(this.hoechstGleichzeitig, this.gestartet.size - this.fertig.size);
    return n;
  }
}

describe('scanStapel starts each document once with bounded concurrency, continues as new, warns Poststelle once per reason, ends with the protocol', () => {
  let env: TestWorkflowEnvironment;
  const lieferungen = new Map<string, Lieferung>();
  let worker: Worker;
  let laufend: Promise<void>;
  const taskQueue = `scan-stapel-${randomUUID()}`;

  before(async () => {
    const { temporalAddress } = suiteEnvironment();
    env = await TestWorkflowEnvironment.createFromExistingServer({ address: temporalAddress, namespace: 'default' });
    const von = (id: string) => lieferungen.get(id)!;
    worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      ...workflowQuelle(),
      activities: {
        lieferungStand: async ({ lieferungId }: { lieferungId: string }) => von(lieferungId).stand(),
        lieferungPositionenStarten: async ({ lieferungId, hoechstens }: { lieferungId: string; hoechstens: number }) =>
          von(lieferungId).starten(hoechstens),
        poststelleWarnen: async ({ lieferungId, anlass }: { lieferungId: string; anlass: Warnanlass }) => {
          von(lieferungId).warnungen.push(anlass);
        },
        uebergabeprotokollErstellen: async ({ lieferungId }: { lieferungId: string }) => {
          von(lieferungId).protokolle += 1;
        },
      },
    });
    laufend = worker.run();
  });
  after(async () => {
    worker.shutdown();
    await laufend;
    await env.teardown();
  });

  async function ausfuehren(lieferung: Lieferung, input: Omit<ScanStapelInput, 'lieferungId'>) {
    const lieferungId = `test-${randomUUID()}`;
    lieferungen.set(lieferungId, lieferung);
    const handle = await env.client.workflow.start(scanStapel, {
      taskQueue,
      workflowId: `scan-lieferung-${lieferungId}`,
      args: [{ lieferungId, taktMs: 20, ...input }],
    });
    return { handle, ergebnis: await handle.result() };
  }

  it('continues a large delivery as new and starts every document exactly once, never more than allowed at a time', async () => {
    const lieferung = new Lieferung(23);
    const { handle, ergebnis } = await ausfuehren(lieferung, {
      scanDatum: '2099-06-01',
      gleichzeitig: 4,
      startsProLauf: 6,
    });
    assert.equal(ergebnis.laeufe, 4);
    assert.deepEqual(
      [...lieferung.gestartet.keys()].sort((a, b) => a - b),
      [...Array(23).keys()].map((i) => i + 1),
    );
    assert.ok(lieferung.hoechstGleichzeitig <= 4, `at most 4 at a time, saw ${lieferung.hoechstGleichzeitig}`);
    assert.equal(lieferung.protokolle, 1);
    assert.deepEqual(lieferung.warnungen, []);
    const beschreibung = await handle.describe();
    assert.notEqual(beschreibung.runId, handle.firstExecutionRunId);
  });

  it('ends its workflow task after every turn that goes on at once, so a busy delivery never holds one task for long', async () => {
    // Every started document is done at the next look: each turn finds room and goes on at once.
    const lieferung = new Lieferung(12, {}, 1);
    const { handle } = await ausfuehren(lieferung, { scanDatum: '2099-06-01', gleichzeitig: 2 });
    assert.equal(lieferung.gestartet.size, 12);
    assert.ok(lieferung.startRunden >= 6, `turns that started documents: ${lieferung.startRunden}`);
    const events = (await handle.fetchHistory()).events ?? [];
    const aufgaben = events.filter((e) => e.workflowTaskCompletedEventAttributes).length;
    assert.ok(
      aufgaben >= lieferung.startRunden,
      `${aufgaben} workflow tasks for ${lieferung.startRunden} turns that started documents`,
    );
  });

  it('warns once that the deadline is at risk when the delivery is still open after 15:00 of the next working day', async () => {
    // Scanned on Friday 22 May 2026 (before Whit Monday): due Tuesday 26 May, 15:00 — long past on the workflow clock.
    const lieferung = new Lieferung(3, {}, 6);
    const { ergebnis } = await ausfuehren(lieferung, { scanDatum: '2026-05-22', gleichzeitig: 1 });
    assert.equal(ergebnis.laeufe, 1);
    assert.deepEqual(lieferung.warnungen, ['frist_gefaehrdet']);
    assert.ok(lieferung.blicke > 3);
  });

  it('warns once when documents wait for Zuordnen too long, and not about the deadline when it is far', async () => {
    const zuordnungSeit = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const lieferung = new Lieferung(2, { zuordnungSeit }, 4);
    await ausfuehren(lieferung, { scanDatum: '2099-06-01', zuordnungHoechstensMs: 3_600_000 });
    assert.deepEqual(lieferung.warnungen, ['zuordnung_wartet']);
  });
});
