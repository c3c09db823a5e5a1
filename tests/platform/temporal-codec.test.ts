import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { codecEndpunkt } from '../../platform/codec-endpunkt.js';
import { loadConfig } from '../../platform/config.js';
import { metrikServerStarten } from '../../platform/metriken/server.js';
import { AesGcmPayloadCodec, payloadSchluesselLesen, VERSCHLUESSELT } from '../../platform/temporal-codec.js';
import { dokumentEinreichen } from '../../services/eingang/einreichen.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { foto } from '../support/dateien.js';
import { freePort } from '../support/ports.js';
import { warteAufStatus } from '../support/warten.js';
import { runWorkers } from '../support/workers.js';
import { waitUntil } from '../../platform/wait.js';

const { HistoryEvent } = proto.temporal.api.history.v1;
type Ereignis = proto.temporal.api.history.v1.IHistoryEvent;

const schluessel = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');

/** Every payload of an event, found by walking its attributes (search attributes left out: readable by design). */
function payloads(wert: unknown, gefunden: Payload[] = []): Payload[] {
  if (!wert || typeof wert !== 'object' || wert instanceof Uint8Array) return gefunden;
  const objekt = wert as Record<string, unknown>;
  if ('data' in objekt && 'metadata' in objekt) gefunden.push(objekt as Payload);
  for (const [schluessel, kind] of Object.entries(objekt))
    if (schluessel !== 'searchAttributes') payloads(kind, gefunden);
  return gefunden;
}

/**
 * The bookkeeping Temporal's core writes into its own markers, never through a codec: a patch's id, and a local
 * activity's sequence number, attempt, type and times. Its result (`result`) is ours and encrypted.
 */
const kernEigen: Record<string, string> = { core_patch: 'patch-data', core_local_activity: 'data' };

/** The payloads of an event that carry the workflow's data, without core's bookkeeping in its markers. */
function datenPayloads(ereignis: Ereignis): Payload[] {
  const marker = ereignis.markerRecordedEventAttributes;
  if (!marker) return payloads(ereignis);
  return Object.entries(marker.details ?? {})
    .filter(([schluessel]) => kernEigen[marker.markerName ?? ''] !== schluessel)
    .flatMap(([, werte]) => payloads(werte));
}

describe('Temporal payloads are encrypted with AES-256-GCM under a key id', () => {
  let t: TestContext;
  let workers: { stop(): Promise<void> };
  let eingangsnummer: string;
  let ereignisse: Ereignis[];

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    workers = await runWorkers(t.ctx);
    ({ eingangsnummer } = await dokumentEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Kontoauszüge',
      dateien: [await foto()],
    }));
    await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    // The raw gRPC service, without the client's data converter: what the server stores and the UI shows. The status is
    // projected by a local activity before its workflow task completes: wait for the task's markers.
    await waitUntil(
      'the workflow task after filing completed',
      async () => {
        const antwort = await t.ctx.temporal.connection.workflowService.getWorkflowExecutionHistory({
          namespace: t.ctx.temporal.plan.namespace.name,
          execution: { workflowId: eingangsnummer },
        });
        ereignisse = antwort.history?.events ?? [];
        return (
          ereignisse.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity').length >= 6
        );
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  });
  after(async () => {
    await workers.stop();
    await t.close();
  });

  it('keeps the Kundennummer out of every payload of a real workflow history; the worker still runs it', () => {
    const alle = ereignisse.flatMap(datenPayloads);
    // Input, two activities' arguments and results, and the results of at least six local activities.
    assert.ok(alle.length >= 11, `payloads in the history: ${alle.length}`);
    for (const p of alle) assert.equal(text(p.metadata?.encoding), VERSCHLUESSELT);
    for (const p of alle) assert.equal(text(p.metadata?.['encryption-key-id']), 'dev1');
    const ohneSuchattribute = ereignisse.map((e) => {
      const kopie = HistoryEvent.decode(HistoryEvent.encode(e).finish());
      if (kopie.workflowExecutionStartedEventAttributes)
        kopie.workflowExecutionStartedEventAttributes.searchAttributes = null;
      kopie.upsertWorkflowSearchAttributesEventAttributes = null;
      return Buffer.from(HistoryEvent.encode(kopie).finish());
    });
    for (const bytes of ohneSuchattribute) assert.ok(!bytes.includes(demoLogins.kunde.kundennummer));
  });

  it('decodes payloads written without the codec as they are, and with an old key after a rotation', async () => {
    const klar = defaultPayloadConverter.toPayload({ kundennummer: '100D000001' });
    const alt = payloadSchluesselLesen(schluessel('alt'));
    const [verschluesselt] = await new AesGcmPayloadCodec(alt).encode([klar]);
    const rotiert = new AesGcmPayloadCodec([...payloadSchluesselLesen(schluessel('neu')), ...alt]);
    assert.deepEqual(await rotiert.decode([klar]), [klar]);
    const [entschluesselt] = await rotiert.decode([verschluesselt!]);
    assert.deepEqual(defaultPayloadConverter.fromPayload(entschluesselt!), { kundennummer: '100D000001' });
    await assert.rejects(new AesGcmPayloadCodec(payloadSchluesselLesen(schluessel('neu'))).decode([verschluesselt!]));
  });

  describe('the codec endpoint on the metrics port', () => {
    const token = randomBytes(24).toString('base64url');
    const uiOrigin = 'https://temporal.jobcenter.example';
    let server: Server;
    let url: string;
    let eingabe: Payload;

    before(async () => {
      const port = await freePort();
      const config = loadConfig({ TEMPORAL_CODEC_TOKEN: token, TEMPORAL_UI_URL: `${uiOrigin}/namespaces` });
      server = await metrikServerStarten({
        host: '127.0.0.1',
        port,
        contentType: 'text/plain',
        sammeln: async () => '',
        log: t.ctx.log,
        weitere: codecEndpunkt(config),
      });
      url = `http://127.0.0.1:${port}/codec/decode`;
      eingabe = ereignisse[0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const anfrage = (headers: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          payloads: [
            {
              metadata: Object.fromEntries(
                Object.entries(eingabe.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')]),
              ),
              data: Buffer.from(eingabe.data!).toString('base64'),
            },
          ],
        }),
      });

    it('decodes the workflow input for the Temporal UI with the operators token', async () => {
      const antwort = await anfrage({ authorization: `Bearer ${token}`, origin: uiOrigin });
      assert.equal(antwort.status, 200);
      assert.equal(antwort.headers.get('access-control-allow-origin'), uiOrigin);
      const {
        payloads: [p],
      } = (await antwort.json()) as { payloads: Array<{ metadata: Record<string, string>; data: string }> };
      assert.equal(Buffer.from(p!.metadata.encoding!, 'base64').toString(), 'json/plain');
      assert.match(Buffer.from(p!.data, 'base64').toString(), new RegExp(demoLogins.kunde.kundennummer));
    });

    it('answers the preflight of the UI origin only', async () => {
      const vorab = (origin: string) =>
        fetch(url, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        });
      const ui = await vorab(uiOrigin);
      assert.equal(ui.status, 204);
      assert.match(ui.headers.get('access-control-allow-headers') ?? '', /authorization/);
      const fremd = await vorab('https://fremd.example');
      assert.equal(fremd.status, 403);
      assert.equal(fremd.headers.get('access-control-allow-origin'), null);
    });

    it('refuses callers without the token, with a wrong one, or from another origin, and decodes nothing for them', async () => {
      const aufrufe: Array<Record<string, string>> = [
        {},
        { authorization: 'Bearer falsch' },
        { authorization: `Basic ${token}` },
        { authorization: `Bearer ${token}`, origin: 'https://fremd.example' },
      ];
      for (const headers of aufrufe) {
        const antwort = await anfrage(headers);
        assert.ok([401, 403].includes(antwort.status), `${JSON.stringify(headers)}: ${antwort.status}`);
        assert.ok(!(await antwort.text()).includes(demoLogins.kunde.kundennummer));
      }
    });

    it('is not served without TEMPORAL_CODEC_TOKEN', () => {
      assert.equal(codecEndpunkt(loadConfig({})), undefined);
    });
  });
});
