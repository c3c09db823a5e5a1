import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { createAusgangActivities } from '../../../activities/ausgang.js';
import { einmalSender } from '../../../activities/mail/einmal-senden.js';
import { berlinDatum, berlinZeit } from '../../../domain/zeit.js';
import { createMailTransport } from '../../../platform/mail-transport.js';
import { briefBereitstellen } from '../../../services/ausgang/brief-bereitstellen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import { keinDokument, pdfMitSeiten } from '../../support/dateien.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { lesen } from '../../support/mails.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { abgerufenSignal } from '../../../workflows/dokument-ausgang-nachrichten.js';

// 1.5 s and 3 s stand in for the 7 and 14 days of the real periods.
const fristen = { erinnerungNachMs: 1_500, postversandNachMs: 3_000 };

describe('outbound letters: alert, retrieval, reminder after 7 days, post task after 14 days (shortened)', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let staffId: number;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    staffId = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id')).id;
  });
  after(() => stoppen());

  const brief = async (name: string, kundennummer: string = demoLogins.kunde.kundennummer, perioden = fristen) =>
    briefBereitstellen(t.ctx, {
      kundennummer,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name,
      pdf: await pdfMitSeiten(1),
      erstelltVon: staffId,
      fristen: perioden,
    });
  const ergebnis = (nummer: string) => t.ctx.temporal.client.workflow.getHandle(nummer).result();
  const zeile = (nummer: string) => t.ctx.db('ausgangsdokumente').where({ ausgangsnummer: nummer }).first();
  /** The letter's row in the staff list (the flash message above it may name the same number). */
  const zeileVon = (html: string, nummer: string) => {
    const start = html.indexOf(`>${nummer}</td>`);
    assert.ok(start >= 0, `row of ${nummer}`);
    return html.slice(start, html.indexOf('</tr>', start));
  };
  const mailsAn = async (an: string) => lesen(t.mails.received.filter((m) => m.to.includes(an)));

  it('alerts the client by e-mail, reminds once after the first period and marks it for post after the second', async () => {
    const { ausgangsnummer } = await brief('Änderungsbescheid');
    assert.equal(await ergebnis(ausgangsnummer), 'postversand');
    const row = await zeile(ausgangsnummer);
    assert.equal(row.versandstatus, 'postversand');
    assert.ok(row.benachrichtigt_am instanceof Date, 'alert time stored as proof');
    assert.equal(row.abgerufen_am, null);
    const betreffe = (await mailsAn('paula.portal@example.org')).map((m) => m.subject);
    assert.equal(betreffe.filter((b) => b === 'Neues Schreiben im Jobcenter-Portal').length, 1);
    assert.equal(betreffe.filter((b) => b === 'Erinnerung: ungelesenes Schreiben im Jobcenter-Portal').length, 1);
    for (const mail of await mailsAn('paula.portal@example.org'))
      assert.doesNotMatch(mail.text, /Änderungsbescheid/, 'no letter name in the mail');
  });

  it('ends as abgerufen without a reminder when the client opens the letter in her Eingang', async () => {
    // The reminder period must outlast signing in and opening the letter, however slow the machine.
    const { ausgangsnummer } = await brief('Einladung Januar', demoLogins.kunde.kundennummer, {
      erinnerungNachMs: 600_000,
      postversandNachMs: 1_200_000,
    });
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    assert.match((await paula.holen('/kunde/eingang')).html, /Einladung Januar/);
    assert.equal((await paula.holen(`/kunde/eingang/${ausgangsnummer}/pdf`)).status, 200);
    assert.equal(await ergebnis(ausgangsnummer), 'abgerufen');
    assert.equal((await zeile(ausgangsnummer)).versandstatus, 'abgerufen');
    const erinnerungen = (await t.ctx.db('benachrichtigungen').where({ schluessel: `${ausgangsnummer}/erinnerung` }))
      .length;
    assert.equal(erinnerungen, 0);
  });

  it('refuses an unknown Kundennummer, a client without consent and a file that is not a PDF, storing nothing', async () => {
    await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .update({ online_zustellung_seit: null });
    const vorher = await t.ctx.db('ausgangsdokumente').count({ n: '*' }).first();
    const felder = async (p: Promise<unknown>) =>
      p.then(
        () => ({}),
        (e: Error & { felder?: Record<string, string> }) => e.felder ?? {},
      );
    assert.deepEqual(await felder(brief('x', '999X999999')), { kundennummer: 'unbekannt' });
    assert.deepEqual(await felder(brief('x', demoLogins.zweiterKunde.kundennummer)), {
      kundennummer: 'keine_einwilligung',
    });
    assert.deepEqual(
      await felder(
        briefBereitstellen(t.ctx, {
          kundennummer: demoLogins.kunde.kundennummer,
          dokumentart: 'Bescheid',
          bereich: 'leistung',
          name: 'x',
          pdf: keinDokument,
          erstelltVon: staffId,
        }),
      ),
      { datei: 'kein_pdf' },
    );
    assert.deepEqual(await t.ctx.db('ausgangsdokumente').count({ n: '*' }).first(), vorher);
  });

  it('lets staff send a letter from the workspace and shows its Versandstatus and delivery date', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    await portal.holen('/mitarbeiter/ausgang');
    const leer = await portal.senden('/mitarbeiter/ausgang', { kundennummer: '' }, [
      { feld: 'datei', name: 'leer.txt', bytes: keinDokument },
    ]);
    assert.equal(leer.status, 400);
    for (const feld of ['kundennummer', 'dokumentart', 'name', 'datei'])
      assert.match(leer.html, new RegExp(`href="#${feld}"`));
    const gesendet = await portal.senden(
      '/mitarbeiter/ausgang',
      {
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Bescheid',
        bereich: 'vermittlung',
        name: 'Eingliederungsvereinbarung',
      },
      [{ feld: 'datei', name: 'ev.pdf', bytes: await pdfMitSeiten(2) }],
    );
    assert.equal(gesendet.location, '/mitarbeiter/ausgang');
    const row = await t.ctx.db('ausgangsdokumente').where({ name: 'Eingliederungsvereinbarung' }).first();
    await t.ctx.temporal.client.workflow.getHandle(row.ausgangsnummer).signal(abgerufenSignal);
    assert.equal(await ergebnis(row.ausgangsnummer), 'abgerufen');
    const liste = await portal.holen('/mitarbeiter/ausgang');
    assert.match(liste.html, /Eingliederungsvereinbarung/);
    assert.match(liste.html, /Bekanntgabe gilt am/);
  });

  it('shows staff the day each letter counts as notified, with its source, online and after they record the posting', async () => {
    const { ausgangsnummer } = await brief('Aufhebungsbescheid');
    assert.equal(await ergebnis(ausgangsnummer), 'postversand');
    const row = await zeile(ausgangsnummer);
    // Alerted after 1 January 2025: the fourth calendar day after the alert (§ 37 Abs. 2a SGB X).
    const { jahr, monat, tag } = berlinDatum(row.benachrichtigt_am);
    const online = new Date(Date.UTC(jahr, monat - 1, tag + 4)).toISOString().slice(0, 10);
    const deutsch = (iso: string) => iso.split('-').reverse().join('.');

    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    let liste = await portal.holen('/mitarbeiter/ausgang');
    const zeileHtml = (html: string) => zeileVon(html, ausgangsnummer);
    assert.match(
      zeileHtml(liste.html),
      new RegExp(`Bekanntgabe gilt am ${deutsch(online).replace(/\./g, '\\.')} \\(online\\)`),
    );
    assert.match(zeileHtml(liste.html), /§ 37 Abs\. 2a Satz 4 SGB X \(Fassung ab 01\.01\.2025, Art\. 33 PostModG/);
    assert.match(zeileHtml(liste.html), /Heute zur Post gegeben/);

    const gebucht = await portal.senden(`/mitarbeiter/ausgang/${ausgangsnummer}/zur-post`, {});
    assert.equal(gebucht.location, '/mitarbeiter/ausgang');
    const gepostet = await zeile(ausgangsnummer);
    assert.ok(gepostet.zur_post_am instanceof Date);
    const p = berlinDatum(gepostet.zur_post_am);
    const post = new Date(Date.UTC(p.jahr, p.monat - 1, p.tag + 4)).toISOString().slice(0, 10);
    liste = await portal.holen('/mitarbeiter/ausgang');
    assert.match(
      zeileHtml(liste.html),
      new RegExp(`Bekanntgabe gilt am ${deutsch(post).replace(/\./g, '\\.')} \\(Post\\)`),
    );
    assert.match(zeileHtml(liste.html), /§ 37 Abs\. 2 Satz 1 SGB X \(Fassung ab 01\.01\.2025/);
    assert.doesNotMatch(zeileHtml(liste.html), /Heute zur Post gegeben/);
    // A second click changes nothing.
    await portal.senden(`/mitarbeiter/ausgang/${ausgangsnummer}/zur-post`, {});
    assert.deepEqual((await zeile(ausgangsnummer)).zur_post_am, gepostet.zur_post_am);
  });

  it('keeps the three-day rule for a letter whose alert went out before 2025', async () => {
    const { ausgangsnummer } = await brief('Bescheid Dezember');
    assert.equal(await ergebnis(ausgangsnummer), 'postversand');
    // As if alerted on Monday 30 December 2024 and recorded before the deemed day was stored.
    await t.ctx
      .db('ausgangsdokumente')
      .where({ ausgangsnummer })
      .update({ benachrichtigt_am: berlinZeit(2024, 12, 30, 10), bekanntgabe_am: null, bekanntgabe_grundlage: null });
    const transport = createMailTransport(t.mails.url);
    try {
      const aktivitaeten = createAusgangActivities({
        db: t.ctx.db,
        einmalSenden: einmalSender({ db: t.ctx.db, transport, from: t.ctx.config.mailFrom }),
        publicUrl: app.url,
      });
      assert.equal(await aktivitaeten.ausgangBenachrichtigen({ ausgangsnummer }), true);
    } finally {
      transport.close();
    }
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    const html = (await portal.holen('/mitarbeiter/ausgang')).html;
    const zeileHtml = zeileVon(html, ausgangsnummer);
    assert.match(zeileHtml, /Bekanntgabe gilt am 02\.01\.2025 \(online\)/);
    assert.match(zeileHtml, /Fassung bis 31\.12\.2024/);
  });
});
