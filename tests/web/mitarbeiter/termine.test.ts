import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { erinnerungQuery } from '../../../workflows/termin-erinnerung-nachrichten.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

const berlinTag = (tageVoraus: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + tageVoraus * 86_400_000),
  );

describe('staff create, move and cancel appointments, and the reminder workflow follows', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let staff: HttpKunde;
  let terminId: number;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    ({ portal: staff } = await mitarbeiterAnmelden(app.url, 'demo-vermittlung'));
  });
  after(() => stoppen());

  const erinnerung = async (id: number) =>
    t.ctx.temporal.client.workflow.getHandle(
      `termin-${(await t.ctx.db('termine').where({ id }).first('erinnerung_schluessel')).erinnerung_schluessel}`,
    );

  it('creates an appointment that the client sees under Termine, with its reminder workflow planned', async () => {
    await staff.holen('/mitarbeiter/termine');
    const antwort = await staff.senden('/mitarbeiter/termine', {
      kundennummer: demoLogins.kunde.kundennummer,
      datum: berlinTag(20),
      uhrzeit: '10:15',
      raum: 'C 2.01',
      mitteilung1: 'Bewerbungsunterlagen mitbringen',
    });
    assert.equal(antwort.location, '/mitarbeiter/termine');
    const row = await t.ctx.db('termine').where({ raum: 'C 2.01' }).first();
    terminId = row.id;
    const stand = await (await erinnerung(terminId)).query(erinnerungQuery);
    assert.equal(stand.stand.beginn, new Date(row.beginn).toISOString());
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const termine = await paula.holen('/kunde/termine');
    assert.match(termine.html, /Bewerbungsunterlagen mitbringen/);
    assert.match(termine.html, /10:15/);
  });

  it('moves the appointment; the reminder workflow now waits for the new time', async () => {
    await staff.holen('/mitarbeiter/termine');
    await staff.senden(`/mitarbeiter/termine/${terminId}/verschieben`, { datum: berlinTag(21), uhrzeit: '08:30' });
    const row = await t.ctx.db('termine').where({ id: terminId }).first();
    const neu = new Date(row.beginn).toISOString();
    const { waitUntil } = await import('../../../platform/wait.js');
    await waitUntil(
      'reminder follows',
      async () => (await (await erinnerung(terminId)).query(erinnerungQuery)).stand.beginn === neu,
      { timeoutMs: 10_000, intervalMs: 100 },
    );
  });

  it('refuses a time in the past and an unknown Kundennummer with messages, creating nothing', async () => {
    const vorher = await t.ctx.db('termine').count({ n: '*' }).first();
    await staff.holen('/mitarbeiter/termine');
    const antwort = await staff.senden('/mitarbeiter/termine', {
      kundennummer: '999X999999',
      datum: berlinTag(-1),
      uhrzeit: '09:00',
    });
    assert.equal(antwort.status, 400);
    assert.match(antwort.html, /href="#kundennummer"/);
    assert.match(antwort.html, /href="#datum"/);
    assert.deepEqual(await t.ctx.db('termine').count({ n: '*' }).first(), vorher);
  });

  it('cancels the appointment; its reminder workflow ends without sending', async () => {
    await staff.holen('/mitarbeiter/termine');
    await staff.senden(`/mitarbeiter/termine/${terminId}/absagen`, {});
    assert.deepEqual(await (await erinnerung(terminId)).result(), { erinnertFuer: [], ende: 'abgesagt' });
    assert.equal((await t.ctx.db('termine').where({ id: terminId }).first()).status, 'abgesagt');
  });
});
