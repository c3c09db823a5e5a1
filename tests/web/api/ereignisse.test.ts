import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { mitteilungEinreichen } from '../../../services/eingang/einreichen.js';
import { waitUntil } from '../../../platform/wait.js';
import { apiStarten, fachverfahren, type ApiUmgebung } from '../../support/api.js';
import { runWorkers } from '../../support/workers.js';

interface Ereignis {
  id: string;
  art: string;
  status: string;
  kundennummer: string | null;
  dokumentart: string | null;
  eingangsnummer: string | null;
}
interface Seite {
  ereignisse: Ereignis[];
  cursor: string;
}

describe('machine API, Ereignisse: polling the event log with a cursor', () => {
  let api: ApiUmgebung;
  let workers: { stop(): Promise<void> };
  let token: string;

  before(async () => {
    api = await apiStarten();
    workers = await runWorkers(api.t.ctx);
    token = await api.token(fachverfahren, 'ereignisse:lesen');
  });
  after(async () => {
    await workers.stop();
    await api.stoppen();
  });

  const mitteilung = (betreff: string) =>
    mitteilungEinreichen(api.t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      bereich: 'leistung',
      betreff,
      notiz: 'Bitte um Rückruf.',
      absenderZeilen: ['Paula Portal'],
    });

  /** Follows the cursor page by page (limit 2) until an empty page, as a Fachverfahren would. */
  async function abholen(nach: string): Promise<{ ereignisse: Ereignis[]; cursor: string }> {
    const ereignisse: Ereignis[] = [];
    let cursor = nach;
    for (;;) {
      const seite = await api.aufrufen('GET', `/ereignisse?nach=${cursor}&limit=2`, { token });
      assert.equal(seite.status, 200);
      const { ereignisse: neu, cursor: weiter } = seite.body as Seite;
      assert.ok(neu.length <= 2);
      if (neu.length === 0) {
        assert.equal(weiter, cursor);
        return { ereignisse, cursor };
      }
      assert.equal(weiter, neu.at(-1)!.id);
      ereignisse.push(...neu);
      cursor = weiter;
    }
  }

  it('delivers received, filed and routed of real submissions in order, each once, ids and status only', async () => {
    const start = (await api.aufrufen('GET', '/ereignisse', { token })).body as Seite;
    const erste = await mitteilung('Erste Mitteilung');
    const zweite = await mitteilung('Zweite Mitteilung');
    const gesehen: Ereignis[] = [];
    let cursor = start.cursor;
    await waitUntil(
      'both submissions routed',
      async () => {
        const { ereignisse, cursor: weiter } = await abholen(cursor);
        gesehen.push(...ereignisse);
        cursor = weiter;
        return gesehen.filter((e) => e.art === 'eingang.weitergeleitet').length === 2;
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    );
    const ids = gesehen.map((e) => BigInt(e.id));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => (a < b ? -1 : 1)),
    );
    assert.equal(new Set(ids).size, ids.length);
    for (const { eingangsnummer } of [erste, zweite]) {
      const eigene = gesehen.filter((e) => e.eingangsnummer === eingangsnummer);
      assert.deepEqual(
        eigene.map((e) => e.art),
        ['eingang.eingegangen', 'eingang.abgelegt', 'eingang.weitergeleitet'],
      );
      for (const e of eigene) {
        assert.equal(e.kundennummer, demoLogins.kunde.kundennummer);
        assert.equal(e.dokumentart, 'Mitteilung');
        assert.equal(e.status, e.art.slice('eingang.'.length));
        assert.deepEqual(Object.keys(e).sort(), [
          'art',
          'ausgangsnummer',
          'dokumentart',
          'eingangsnummer',
          'id',
          'kundennummer',
          'status',
          'terminId',
          'zeit',
        ]);
      }
    }
    // Polling again from the last cursor finds nothing new; from the start, the same events again.
    assert.deepEqual((await abholen(cursor)).ereignisse, []);
    assert.deepEqual((await abholen(start.cursor)).ereignisse, gesehen);
  });

  it('refuses a bad cursor or limit with field errors, and a token without ereignisse:lesen with 403', async () => {
    const falsch = await api.aufrufen('GET', '/ereignisse?nach=abc&limit=0', { token });
    assert.equal(falsch.status, 400);
    assert.deepEqual((falsch.body as { errors: Array<{ feld: string }> }).errors.map((e) => e.feld).sort(), [
      'limit',
      'nach',
    ]);
    const ohneScope = await api.token(fachverfahren, 'kunden:lesen');
    const verboten = await api.aufrufen('GET', '/ereignisse', { token: ohneScope });
    assert.equal(verboten.status, 403);
    assert.match(verboten.headers.get('www-authenticate') ?? '', /scope="ereignisse:lesen"/);
    assert.equal((await api.aufrufen('GET', '/ereignisse')).status, 401);
  });

  it('describes the query parameters and the event in the OpenAPI document', () => {
    const operation = (api.pruefer.dokument.paths['/ereignisse'] as Record<string, { parameters?: unknown[] }>).get!;
    assert.deepEqual(
      (operation.parameters as Array<{ name: string; in: string }>).map((p) => `${p.in}:${p.name}`),
      ['query:nach', 'query:limit'],
    );
    assert.ok((api.pruefer.dokument.components as { schemas: Record<string, unknown> }).schemas.Ereignis);
  });
});
