import assert from 'node:assert/strict';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { waitUntil } from '../../../platform/wait.js';
import { mitteilungEinreichen } from '../../../services/eingang/einreichen.js';
import { ereignisErfassen } from '../../../services/ereignisse/erfassen.js';
import { webhookZustellung } from '../../../workflows/webhook-zustellung.js';
import { apiStarten, fachverfahren, type ApiUmgebung } from '../../support/api.js';
import { runWorkers } from '../../support/workers.js';

/** Checks a signature as a receiver would, knowing only the documented format: t=<unix>,v1=<hex HMAC-SHA256 over "t.body">. */
function signaturGueltig(geheimnis: string, kopf: string, roh: string, jetztS: number): boolean {
  const teile = new Map(kopf.split(',').map((teil) => teil.split('=', 2) as [string, string]));
  const t = Number(teile.get('t'));
  if (!Number.isInteger(t) || Math.abs(jetztS - t) > 300) return false;
  const erwartet = createHmac('sha256', geheimnis).update(`${t}.${roh}`).digest();
  const v1 = Buffer.from(teile.get('v1') ?? '', 'hex');
  return v1.length === erwartet.length && timingSafeEqual(v1, erwartet);
}

interface Zustellung {
  id: string;
  ereignis: { id: string; art: string; eingangsnummer: string | null };
  gueltig: boolean;
  angenommen: boolean;
}

/** A real HTTP receiver on 127.0.0.1 that verifies every request itself; it can go down, and refuse a few requests. */
class Empfaenger {
  zustellungen: Zustellung[] = [];
  geheimnis = '';
  ablehnenNoch = 0;
  private server?: Server;
  port = 0;

  get angenommen() {
    return this.zustellungen.filter((z) => z.angenommen);
  }

  async starten(): Promise<void> {
    this.server = createServer((req, res) => {
      const teile: Buffer[] = [];
      req.on('data', (teil: Buffer) => teile.push(teil));
      req.on('end', () => {
        const roh = Buffer.concat(teile).toString('utf8');
        const gueltig = signaturGueltig(
          this.geheimnis,
          String(req.headers['webhook-signatur'] ?? ''),
          roh,
          Math.floor(Date.now() / 1000),
        );
        const angenommen = gueltig && this.ablehnenNoch === 0;
        if (gueltig && !angenommen) this.ablehnenNoch -= 1;
        this.zustellungen.push({
          id: String(req.headers['webhook-id']),
          ereignis: JSON.parse(roh),
          gueltig,
          angenommen,
        });
        res.statusCode = angenommen ? 204 : gueltig ? 503 : 401;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stoppen(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get url() {
    return `http://127.0.0.1:${this.port}/ereignisse`;
  }
}

describe('machine API, webhooks: registered per client, delivered signed and in order by a workflow per subscription', () => {
  let api: ApiUmgebung;
  let workers: { stop(): Promise<void> };
  let token: string;
  const empfaenger = new Empfaenger();
  let schluessel = 0;
  const key = () => ({ 'idempotency-key': `webhook-${++schluessel}` });

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token(fachverfahren, 'ereignisse:lesen');
    await empfaenger.starten();
  });
  after(async () => {
    await workers.stop();
    await empfaenger.stoppen();
    await api.stoppen();
  });

  let zaehler = 0;
  /** A status change recorded as the projection records it (own transaction, position at commit). */
  const ereignisAufzeichnen = () =>
    api.t.ctx.db.transaction((trx) =>
      ereignisErfassen(trx, {
        art: 'eingang.erledigt',
        schluessel: `test/${++zaehler}`,
        status: 'erledigt',
        zeit: new Date(),
        kundennummer: demoLogins.kunde.kundennummer,
        eingangsnummer: `E26-TEST-${zaehler}`,
      }),
    );
  const positionenNach = async (nach: string) =>
    (await api.t.ctx.db('ereignisse').where('position', '>', nach).orderBy('position').select('position')).map(
      (zeile) => String(zeile.position),
    );

  let webhookId = '';
  let startCursor = '';

  it('registers a webhook for the client (secret once, Location), lists it without secret; refuses http to another host', async () => {
    const angelegt = await api.aufrufen('POST', '/webhooks', { token, body: { url: empfaenger.url }, kopf: key() });
    assert.equal(angelegt.status, 201);
    const body = angelegt.body as { id: string; url: string; geheimnis: string; zugestelltBis: string };
    assert.equal(body.url, empfaenger.url);
    assert.ok(body.geheimnis.length >= 32);
    assert.equal(angelegt.headers.get('location'), `/api/v1/webhooks/${body.id}`);
    empfaenger.geheimnis = body.geheimnis;
    webhookId = body.id;
    startCursor = body.zugestelltBis;

    const liste = await api.aufrufen('GET', '/webhooks', { token });
    assert.deepEqual(
      (liste.body as { webhooks: Array<Record<string, unknown>> }).webhooks.map((w) => [w.id, w.url, 'geheimnis' in w]),
      [[body.id, empfaenger.url, false]],
    );
    for (const [url, code] of [
      ['http://example.org/hook', 'https'],
      ['ftp://example.org/hook', 'format'],
      ['kein url', 'format'],
    ]) {
      const abgelehnt = await api.aufrufen('POST', '/webhooks', { token, body: { url }, kopf: key() });
      assert.equal(abgelehnt.status, 400);
      assert.deepEqual((abgelehnt.body as { errors: unknown }).errors, [{ feld: 'url', code }]);
    }
    assert.equal((await api.aufrufen('DELETE', `/webhooks/${randomUUID()}`, { token })).status, 404);
    const fremd = await api.aufrufen('GET', '/webhooks', { token: await api.token(fachverfahren, 'kunden:lesen') });
    assert.equal(fremd.status, 403);
  });

  it('delivers a real submission\u2019s events, each signed and in log order, and resumes after the receiver was down and refused', async () => {
    const { eingangsnummer } = await mitteilungEinreichen(api.t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      bereich: 'vermittlung',
      betreff: 'Neue Telefonnummer',
      notiz: 'Bitte notieren.',
      absenderZeilen: ['Paula Portal'],
    });
    await waitUntil(
      'routed event delivered',
      async () =>
        empfaenger.angenommen.some(
          (z) => z.ereignis.eingangsnummer === eingangsnummer && z.ereignis.art === 'eingang.weitergeleitet',
        ),
      { timeoutMs: 60_000 },
    );
    assert.deepEqual(
      empfaenger.angenommen.filter((z) => z.ereignis.eingangsnummer === eingangsnummer).map((z) => z.ereignis.art),
      ['eingang.eingegangen', 'eingang.abgelegt', 'eingang.weitergeleitet'],
    );

    await empfaenger.stoppen();
    for (let i = 0; i < 5; i++) await ereignisAufzeichnen();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    empfaenger.ablehnenNoch = 2;
    await empfaenger.starten();
    for (let i = 0; i < 3; i++) await ereignisAufzeichnen();

    const erwartet = await positionenNach(startCursor);
    await waitUntil('every event delivered', async () => empfaenger.angenommen.length >= erwartet.length, {
      timeoutMs: 90_000,
    });
    assert.ok(empfaenger.zustellungen.every((z) => z.gueltig));
    assert.deepEqual(
      empfaenger.angenommen.map((z) => z.id),
      erwartet,
    );
    assert.deepEqual(
      empfaenger.angenommen.map((z) => z.ereignis.id),
      erwartet,
    );
    // The two refused attempts were of the first event after the outage, which then came again (at least once).
    const abgelehnt = empfaenger.zustellungen.filter((z) => !z.angenommen).map((z) => z.id);
    assert.equal(abgelehnt.length, 2);
    assert.equal(new Set(abgelehnt).size, 1);
    assert.equal(abgelehnt[0], erwartet[3]);
    const liste = await api.aufrufen('GET', '/webhooks', { token });
    assert.equal(
      (liste.body as { webhooks: Array<{ zugestelltBis: string }> }).webhooks[0]!.zugestelltBis,
      erwartet.at(-1),
    );
  });

  it('deleting the webhook ends its delivery workflow; later events are not sent', async () => {
    const geloescht = await api.aufrufen('DELETE', `/webhooks/${webhookId}`, { token });
    assert.equal(geloescht.status, 204);
    const handle = api.t.ctx.temporal.client.workflow.getHandle(`webhook-${webhookId}`);
    await waitUntil('delivery workflow closed', async () => (await handle.describe()).status.name !== 'RUNNING', {
      timeoutMs: 30_000,
    });
    const vorher = empfaenger.zustellungen.length;
    await ereignisAufzeichnen();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(empfaenger.zustellungen.length, vorher);
    assert.deepEqual((await api.aufrufen('GET', '/webhooks', { token })).body, { webhooks: [] });
  });

  it('continues as new after its rounds and goes on delivering in order from the stored cursor', async () => {
    const [abo] = await api.t.ctx
      .db('webhooks')
      .insert({
        client_id: fachverfahren.clientId,
        url: empfaenger.url,
        geheimnis: empfaenger.geheimnis,
        zugestellt_bis: api.t.ctx.db.raw('(select wert from ereignis_zaehler)'),
      })
      .returning(['id', 'zugestellt_bis']);
    const handle = await api.t.ctx.temporal.client.workflow.start(webhookZustellung, {
      workflowId: `webhook-${abo.id}`,
      taskQueue: api.t.ctx.temporal.plan.taskQueues.io,
      args: [{ webhookId: abo.id, runden: 2 }],
    });
    const vorher = empfaenger.angenommen.length;
    for (let i = 1; i <= 5; i++) {
      await ereignisAufzeichnen();
      await waitUntil('event delivered', async () => empfaenger.angenommen.length === vorher + i, {
        timeoutMs: 30_000,
      });
    }
    const beschreibung = await handle.describe();
    assert.equal(beschreibung.status.name, 'RUNNING');
    assert.notEqual(beschreibung.runId, handle.firstExecutionRunId);
    assert.deepEqual(
      empfaenger.angenommen.slice(vorher).map((z) => z.id),
      await positionenNach(String(abo.zugestellt_bis)),
    );
    await api.t.ctx.db('webhooks').where({ id: abo.id }).delete();
    assert.equal(await handle.result(), undefined);
  });
});
