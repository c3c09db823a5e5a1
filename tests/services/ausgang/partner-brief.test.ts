import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { FachlicherFehler } from '../../../domain/fehler.js';
import { briefBereitstellen, type Brief } from '../../../services/ausgang/brief-bereitstellen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import { pdfMitSeiten } from '../../support/dateien.js';
import type { RunningApp } from '../../support/http.js';
import { lesen } from '../../support/mails.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { waitUntil } from '../../../platform/wait.js';

describe('letters to partner organisations: a Zuweisung assigns the client, other documents need the assignment', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let partner: { id: number; email: string };
  let staffId: number;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    partner = await t.ctx.db('partner').orderBy('id').first('id', 'email');
    staffId = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-vermittlung' }).first('id')).id;
  });
  after(() => stoppen());

  const brief = async (felder: Partial<Brief>) =>
    briefBereitstellen(t.ctx, {
      kundennummer: demoLogins.zweiterKunde.kundennummer,
      partnerId: partner.id,
      dokumentart: 'Zuweisung',
      bereich: 'vermittlung',
      name: 'Zuweisung Bewerbungstraining',
      pdf: await pdfMitSeiten(1),
      erstelltVon: staffId,
      ...felder,
    });
  const zugewiesen = async (kundennummer: string) => {
    const kunde = await t.ctx.db('kunden').where({ kundennummer }).first('id');
    return Boolean(await t.ctx.db('partner_kunden').where({ partner_id: partner.id, kunde_id: kunde.id }).first());
  };

  it('takes back only what the letter wrote when its workflow cannot start: row, file and a new assignment, not an existing one', async () => {
    const { plan } = t.ctx.temporal;
    // The real Temporal server refuses a start without a task queue.
    const ohneWarteschlange = {
      ...t.ctx,
      temporal: { ...t.ctx.temporal, plan: { ...plan, taskQueues: { ...plan.taskQueues, io: '' } } },
    };
    const dateien = async () =>
      readdir(path.join(t.ctx.config.dataDir, 'blobs', 'ausgang')).then((namen) => namen.length);
    const [briefeVorher, dateienVorher] = [(await t.ctx.db('ausgangsdokumente')).length, await dateien()];
    const zuweisen = async (kundennummer: string) =>
      briefBereitstellen(ohneWarteschlange, {
        kundennummer,
        partnerId: partner.id,
        dokumentart: 'Zuweisung',
        bereich: 'vermittlung',
        name: 'Zuweisung',
        pdf: await pdfMitSeiten(1),
        erstelltVon: staffId,
      });
    const keinFachfehler = (error: unknown) => !(error instanceof FachlicherFehler);
    await assert.rejects(zuweisen(demoLogins.zweiterKunde.kundennummer), keinFachfehler);
    assert.equal(await zugewiesen(demoLogins.zweiterKunde.kundennummer), false);
    await assert.rejects(zuweisen(demoLogins.kunde.kundennummer), keinFachfehler);
    assert.equal(await zugewiesen(demoLogins.kunde.kundennummer), true);
    assert.equal((await t.ctx.db('ausgangsdokumente')).length, briefeVorher);
    assert.equal(await dateien(), dateienVorher);
  });

  it('refuses a Lebenslauf for a client not yet assigned, and a client document type, storing nothing', async () => {
    const vorher = (await t.ctx.db('ausgangsdokumente')).length;
    await assert.rejects(
      brief({ dokumentart: 'Lebenslauf' }),
      (error: { felder: Record<string, string> }) => error.felder.kundennummer === 'nicht_zugewiesen',
    );
    await assert.rejects(
      brief({ dokumentart: 'Bescheid' }),
      (error: { felder: Record<string, string> }) => error.felder.dokumentart === 'nicht_fuer_partner',
    );
    await assert.rejects(
      brief({ kundennummer: '999Z999999' }),
      (error: { felder: Record<string, string> }) => error.felder.kundennummer === 'unbekannt',
    );
    assert.equal((await t.ctx.db('ausgangsdokumente')).length, vorher);
    assert.equal(await zugewiesen(demoLogins.zweiterKunde.kundennummer), false);
  });

  it("sends a Zuweisung: the client is assigned, the organisation is alerted without the client's name, a Lebenslauf may follow", async () => {
    const { ausgangsnummer } = await brief({});
    assert.equal(await zugewiesen(demoLogins.zweiterKunde.kundennummer), true);
    const row = await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer }).first();
    assert.equal(row.partner_id, partner.id);
    assert.equal(row.kunde_id, null);
    await waitUntil(
      'alert to the partner',
      async () =>
        (await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer }).first('versandstatus')).versandstatus ===
        'benachrichtigt',
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const [mail] = await lesen(t.mails.received.filter((m) => m.to.includes(partner.email)));
    assert.match(mail!.text, /\/partner\/eingang/);
    const text = `${mail!.subject}\n${mail!.text}`;
    assert.doesNotMatch(text, /Max|Mustermann|Bewerbungstraining/);
    assert.ok(!text.includes(demoLogins.zweiterKunde.kundennummer));
    await brief({ dokumentart: 'Lebenslauf', name: 'Lebenslauf Max' });
  });

  it('lets staff choose the partner in the Ausgang form, names a missing assignment or an unknown Kundennummer, and lists the letter with the organisation', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-vermittlung');
    const seite = await portal.holen('/mitarbeiter/ausgang');
    assert.match(seite.html, new RegExp(`<option value="${partner.id}">Partner: `));
    const senden = async (felder: Record<string, string>) =>
      portal.senden(
        '/mitarbeiter/ausgang',
        { empfaenger: String(partner.id), bereich: 'vermittlung', name: 'Unterlagen', ...felder },
        [{ feld: 'datei', name: 'brief.pdf', bytes: await pdfMitSeiten(1) }],
      );
    const vorher = (await t.ctx.db('ausgangsdokumente')).length;
    const ohneZuweisung = await senden({ kundennummer: demoLogins.haushalt.kundennummer, dokumentart: 'Lebenslauf' });
    assert.equal(ohneZuweisung.status, 400);
    assert.match(ohneZuweisung.html, /der Organisation nicht zugewiesen\. Bitte zuerst eine Zuweisung senden/);
    assert.match(ohneZuweisung.html, new RegExp(`<option value="${partner.id}" selected`));
    const unbekannt = await senden({ kundennummer: '999Z999999', dokumentart: 'Zuweisung' });
    assert.equal(unbekannt.status, 400);
    assert.match(unbekannt.html, /Diese Kundennummer gibt es nicht/);
    assert.equal((await t.ctx.db('ausgangsdokumente')).length, vorher);
    const antwort = await portal.senden(
      '/mitarbeiter/ausgang',
      {
        empfaenger: String(partner.id),
        kundennummer: demoLogins.haushalt.kundennummer,
        dokumentart: 'Zuweisung',
        bereich: 'vermittlung',
        name: 'Zuweisung Sprachkurs',
      },
      [{ feld: 'datei', name: 'zuweisung.pdf', bytes: await pdfMitSeiten(1) }],
    );
    assert.equal(antwort.location, '/mitarbeiter/ausgang');
    const liste = (await portal.holen('/mitarbeiter/ausgang')).html;
    assert.match(liste, /liegt im Eingang der Partnerorganisation/);
    assert.match(liste, new RegExp(`\\(zu ${demoLogins.haushalt.kundennummer}\\)`));
    assert.equal(await zugewiesen(demoLogins.haushalt.kundennummer), true);
  });
});
