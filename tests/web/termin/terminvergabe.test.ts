import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { demoLogins } from '../../../db/demo/logins.js';
import { waitUntil } from '../../../platform/wait.js';
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
const slotIds = (html: string) => [...html.matchAll(/name="slot" value="(\d+)"/g)].map((m) => Number(m[1]));

/** Parses an iCalendar text strictly enough to catch broken files: CRLF lines, 75-octet folding, balanced blocks. */
function icsLesen(text: string): Array<{ name: string; wert: string }> {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  const physisch = text.slice(0, -2).split('\r\n');
  for (const zeile of physisch) {
    assert.ok(!zeile.includes('\n') && !zeile.includes('\r'), `bare line break in ${JSON.stringify(zeile)}`);
    assert.ok(Buffer.byteLength(zeile) <= 75, `line longer than 75 octets: ${zeile}`);
  }
  const logisch = physisch.reduce<string[]>((acc, z) => {
    if (z.startsWith(' ')) acc[acc.length - 1] += z.slice(1);
    else acc.push(z);
    return acc;
  }, []);
  const stapel: string[] = [];
  const props = logisch.map((z) => {
    const i = z.indexOf(':');
    assert.ok(i > 0, `no property: ${z}`);
    const name = z.slice(0, i);
    const wert = z.slice(i + 1);
    if (name === 'BEGIN') stapel.push(wert);
    if (name === 'END') assert.equal(stapel.pop(), wert);
    return { name, wert };
  });
  assert.equal(stapel.length, 0);
  assert.equal(props[0]?.wert, 'VCALENDAR');
  return props;
}
const icsZeit = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('Online Terminvergabe: Anliegen and slots, booking with confirmation, cancel link, guests, staff day', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let admin: HttpKunde;
  let anliegenId: number;
  let internId: number;
  const datum = berlinTag(5);

  const mailAn = async (an: string, anzahl = 1) => {
    await waitUntil(
      'confirmation mail',
      async () => t.mails.received.filter((m) => m.to.includes(an)).length >= anzahl,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    return simpleParser(t.mails.received.filter((m) => m.to.includes(an))[anzahl - 1]!.raw);
  };

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    ({ portal: admin } = await mitarbeiterAnmelden(app.url, 'demo-admin'));
  });
  after(() => stoppen());

  it('lets the Admin team define Anliegen and open slots of their duration; other teams may not', async () => {
    await admin.holen('/mitarbeiter/terminvergabe');
    const anlegen = (felder: Record<string, string>) => admin.senden('/mitarbeiter/terminvergabe/anliegen', felder);
    assert.equal(
      (await anlegen({ name: 'Antragsabgabe', dauer: '20', ort: 'Raum E.04', team: 'leistung', oeffentlich: 'ja' }))
        .location,
      '/mitarbeiter/terminvergabe',
    );
    await anlegen({ name: 'Erstgespräch Vermittlung', dauer: '30', ort: 'Raum B 3.05', team: 'vermittlung' });
    anliegenId = (await t.ctx.db('anliegen').where({ name: 'Antragsabgabe' }).first('id')).id;
    internId = (await t.ctx.db('anliegen').where({ name: 'Erstgespräch Vermittlung' }).first('id')).id;
    const freigeben = await admin.senden('/mitarbeiter/terminvergabe/slots', {
      anliegen: String(anliegenId),
      fuer: 'team',
      datum,
      von: '09:00',
      bis: '10:00',
    });
    assert.equal(freigeben.location, '/mitarbeiter/terminvergabe');
    await admin.senden('/mitarbeiter/terminvergabe/slots', {
      anliegen: String(internId),
      fuer: 'team',
      datum,
      von: '09:00',
      bis: '10:00',
    });
    assert.equal(
      Number((await t.ctx.db('termin_slots').where({ anliegen_id: anliegenId }).count({ n: '*' }))[0]!.n),
      3,
    );
    const schlecht = await admin.senden('/mitarbeiter/terminvergabe/anliegen', {
      name: '',
      dauer: '1',
      ort: '',
      team: 'x',
    });
    assert.equal(schlecht.status, 400);
    assert.match(schlecht.html, /href="#dauer"/);
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    assert.equal((await leistung.holen('/mitarbeiter/terminvergabe')).status, 403);
  });

  it('books a slot as a client: confirmation mail with a valid .ics; its link cancels once and frees the slot', async () => {
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    const seite = await paula.holen(`/kunde/termin-buchen?anliegen=${anliegenId}`);
    assert.equal(seite.status, 200);
    const [slot] = slotIds(seite.html);
    const gebucht = await paula.senden('/kunde/termin-buchen', { anliegen: String(anliegenId), slot: String(slot) });
    assert.equal(gebucht.location, '/kunde/termine');
    assert.ok(!slotIds((await paula.holen(`/kunde/termin-buchen?anliegen=${anliegenId}`)).html).includes(slot!));
    const nochmal = await paula.senden('/kunde/termin-buchen', { anliegen: String(anliegenId), slot: String(slot) });
    assert.equal(nochmal.status, 409);
    assert.match(nochmal.html, /schon vergeben/);

    const { beginn } = await t.ctx.db('termin_slots').where({ id: slot }).first('beginn');
    const email = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('email'))
      .email;
    const mail = await mailAn(email);
    const ics = mail.attachments.find((a) => a.filename === 'termin.ics');
    assert.ok(ics, 'calendar file attached');
    assert.match(ics.contentType, /text\/calendar/);
    const props = icsLesen(ics.content.toString('utf8'));
    const wert = (name: string) => props.find((p) => p.name === name)?.wert;
    assert.equal(wert('DTSTART'), icsZeit(new Date(beginn)));
    assert.equal(wert('DTEND'), icsZeit(new Date(new Date(beginn).getTime() + 20 * 60_000)));
    assert.match(wert('LOCATION') ?? '', /^Raum E\.04\\, Am Rathausplatz 1\\, 12345 Musterstadt$/);
    assert.equal(wert('STATUS'), 'CONFIRMED');

    const link = /\/termin\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![0];
    const besuch = new HttpKunde(app.url);
    const linkSeite = await besuch.holen(link);
    assert.equal(linkSeite.status, 200);
    assert.match(linkSeite.html, /Termin absagen/);
    const abgesagt = await besuch.senden(`${link}/absagen`, {});
    assert.equal(abgesagt.status, 200);
    assert.match(abgesagt.html, /Ihr Termin ist abgesagt/);
    assert.equal((await t.ctx.db('termine').where({ slot_id: slot }).first('status')).status, 'abgesagt');
    assert.ok(slotIds((await paula.holen(`/kunde/termin-buchen?anliegen=${anliegenId}`)).html).includes(slot!));
    await besuch.holen(link);
    assert.equal((await besuch.senden(`${link}/absagen`, {})).status, 410);
  });

  it('books a public Anliegen without an account (name, e-mail); non-public ones are not offered', async () => {
    const gast = new HttpKunde(app.url);
    const liste = await gast.holen('/termin-buchen');
    assert.match(liste.html, /Antragsabgabe/);
    assert.doesNotMatch(liste.html, /Erstgespräch Vermittlung/);
    assert.equal(slotIds((await gast.holen(`/termin-buchen?anliegen=${internId}`)).html).length, 0);
    const seite = await gast.holen(`/termin-buchen?anliegen=${anliegenId}`);
    const [slot] = slotIds(seite.html);
    const unvollstaendig = await gast.senden('/termin-buchen', {
      anliegen: String(anliegenId),
      slot: String(slot),
      name: 'Gabi Gast',
      email: 'kein-at',
    });
    assert.equal(unvollstaendig.status, 400);
    assert.match(unvollstaendig.html, /href="#email"/);
    const gebucht = await gast.senden('/termin-buchen', {
      anliegen: String(anliegenId),
      slot: String(slot),
      name: 'Gabi Gast',
      email: 'gabi.gast@example.org',
    });
    assert.equal(gebucht.location, '/termin-buchen?gebucht');
    const termin = await t.ctx.db('termine').where({ slot_id: slot, status: 'geplant' }).first();
    assert.equal(termin.kunde_id, null);
    assert.equal(termin.gast_name, 'Gabi Gast');
    const mail = await mailAn('gabi.gast@example.org');
    assert.ok(mail.attachments.some((a) => a.filename === 'termin.ics'));
    assert.match(mail.text ?? '', /\/termin\/[A-Za-z0-9_-]{40,}/);
  });

  it('shows the team its day and lets it mark a booking attended or missed, not someone else’s', async () => {
    const { terminId } = await t.ctx
      .db('termine')
      .where({ gast_email: 'gabi.gast@example.org', status: 'geplant' })
      .first('id as terminId');
    // The appointment's time has come: move it and its slot to ten minutes ago, today.
    const vorhin = new Date(Date.now() - 10 * 60_000);
    const { slot_id } = await t.ctx
      .db('termine')
      .where({ id: terminId })
      .update({ beginn: vorhin })
      .returning('slot_id')
      .then((r) => r[0]);
    await t.ctx.db('termin_slots').where({ id: slot_id }).update({ beginn: vorhin });
    const tag = berlinTag(0);
    const { portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    const plan = await leistung.holen(`/mitarbeiter/tagesplan?datum=${tag}`);
    assert.equal(plan.status, 200);
    assert.match(plan.html, /Gabi Gast/);
    assert.match(plan.html, /Antragsabgabe/);
    const markiert = await leistung.senden(`/mitarbeiter/tagesplan/${terminId}`, {
      anwesenheit: 'versaeumt',
      datum: tag,
    });
    assert.equal(markiert.location, `/mitarbeiter/tagesplan?datum=${tag}`);
    assert.equal((await t.ctx.db('termine').where({ id: terminId }).first('status')).status, 'versaeumt');
    await leistung.senden(`/mitarbeiter/tagesplan/${terminId}`, { anwesenheit: 'stattgefunden', datum: tag });
    assert.equal((await t.ctx.db('termine').where({ id: terminId }).first('status')).status, 'stattgefunden');
    assert.match((await leistung.holen(`/mitarbeiter/tagesplan?datum=${tag}`)).html, /stattgefunden/);

    const { portal: vermittlung } = await mitarbeiterAnmelden(app.url, 'demo-vermittlung');
    assert.doesNotMatch((await vermittlung.holen(`/mitarbeiter/tagesplan?datum=${tag}`)).html, /Gabi Gast/);
    const fremd = await vermittlung.senden(`/mitarbeiter/tagesplan/${terminId}`, {
      anwesenheit: 'versaeumt',
      datum: tag,
    });
    assert.equal(fremd.status, 404);
    assert.equal((await t.ctx.db('termine').where({ id: terminId }).first('status')).status, 'stattgefunden');
  });
  it('moves a booking through the link to another free slot: the old one is free, a new confirmation and the reminder follow', async () => {
    const gast = new HttpKunde(app.url);
    const [alt, neu] = slotIds((await gast.holen(`/termin-buchen?anliegen=${anliegenId}`)).html);
    await gast.senden('/termin-buchen', {
      anliegen: String(anliegenId),
      slot: String(alt),
      name: 'Vera Verschieben',
      email: 'vera@example.org',
    });
    const link = /\/termin\/[A-Za-z0-9_-]+/.exec((await mailAn('vera@example.org')).text ?? '')![0];
    const seite = await gast.holen(link);
    assert.ok(slotIds(seite.html).includes(neu!));
    const verschoben = await gast.senden(`${link}/verschieben`, { slot: String(neu) });
    assert.equal(verschoben.status, 200);
    assert.match(verschoben.html, /Ihr Termin ist verschoben/);
    const termin = await t.ctx.db('termine').where({ gast_email: 'vera@example.org' }).first();
    assert.equal(termin.slot_id, neu);
    const { beginn } = await t.ctx.db('termin_slots').where({ id: neu }).first('beginn');
    assert.equal(new Date(termin.beginn).getTime(), new Date(beginn).getTime());
    assert.ok(slotIds((await gast.holen(`/termin-buchen?anliegen=${anliegenId}`)).html).includes(alt!));

    const zweite = await mailAn('vera@example.org', 2);
    const ics = zweite.attachments.find((a) => a.filename === 'termin.ics')!;
    assert.equal(
      icsLesen(ics.content.toString('utf8')).find((p) => p.name === 'DTSTART')?.wert,
      icsZeit(new Date(beginn)),
    );
    const handle = t.ctx.temporal.client.workflow.getHandle(`termin-${termin.erinnerung_schluessel}`);
    await waitUntil(
      'reminder follows the move',
      async () => (await handle.query(erinnerungQuery)).stand.beginn === new Date(beginn).toISOString(),
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    await gast.holen(link);
    assert.equal((await gast.senden(`${link}/absagen`, {})).status, 410);
    assert.equal((await t.ctx.db('termine').where({ id: termin.id }).first('status')).status, 'geplant');
  });
});
