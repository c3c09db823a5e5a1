import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { demoLogins } from '../../../db/demo/logins.js';
import { neueNummer } from '../../../domain/nummern.js';
import { waitUntil } from '../../../platform/wait.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { lesen } from '../../support/mails.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

interface Daten {
  kundeId: number;
  email: string;
  eingangsnummer: string;
  ausgangsnummer: string;
  eingangPdf: Uint8Array;
  briefPdf: Uint8Array;
}

describe('Auskunft (Art. 15 GDPR): the client asks, Admin has the zip made, the client is told and downloads it', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let admin: HttpKunde;
  let leistung: HttpKunde;
  let paula: HttpKunde;
  let max: HttpKunde;
  const daten: Record<'paula' | 'max', Daten> = {} as never;
  let auskunftId: number;
  let zip: Record<string, Uint8Array>;

  /** Fetches a download as bytes with the signed-in cookie (HttpKunde reads bodies as text). */
  async function laden(
    wer: HttpKunde,
    pfad: string,
  ): Promise<{ status: number; typ: string | null; bytes: Uint8Array }> {
    const response = await fetch(`${app.url}${pfad}`, { headers: { cookie: wer.cookie }, redirect: 'manual' });
    return {
      status: response.status,
      typ: response.headers.get('content-type'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  /** A filed submission and a letter, each with its PDF in the blob store, an appointment and an audit entry. */
  async function anlegen(kundennummer: string, marke: string): Promise<Daten> {
    const kunde = await t.ctx.db('kunden').where({ kundennummer }).first('id', 'email');
    const eingangPdf = new TextEncoder().encode(`%PDF-1.7 eingang ${marke}`);
    const briefPdf = new TextEncoder().encode(`%PDF-1.7 brief ${marke}`);
    const eingang = await t.ctx.blobs.put(eingangPdf, 'merged');
    const brief = await t.ctx.blobs.put(briefPdf, 'ausgang');
    const eingangsnummer = neueNummer('E');
    const ausgangsnummer = neueNummer('A');
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kunde.id,
      dokumentart: 'Lohnabrechnung',
      info: `Info ${marke}`,
      teams: ['leistung'],
      status: 'weitergeleitet',
      blob_key: eingang.key,
      sha256: eingang.sha256,
      bytes: eingang.bytes,
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    await t.ctx.db('eingangs_timeline').insert({ eingangsnummer, schritt: 1, status: 'eingegangen', zeit: jetzt });
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer,
      kunde_id: kunde.id,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: `Bescheid ${marke}`,
      blob_key: brief.key,
      sha256: brief.sha256,
      bytes: brief.bytes,
      versandstatus: 'benachrichtigt',
    });
    await t.ctx.db('termine').insert({ kunde_id: kunde.id, beginn: new Date(Date.now() + 86_400_000), raum: marke });
    const m = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id');
    await t.ctx.db('audit_log').insert({ mitarbeiter_id: m.id, aktion: 'ansehen', eingangsnummer });
    return { kundeId: kunde.id, email: kunde.email, eingangsnummer, ausgangsnummer, eingangPdf, briefPdf };
  }

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: true }));
    daten.paula = await anlegen(demoLogins.kunde.kundennummer, 'PAULA-MARKE');
    daten.max = await anlegen(demoLogins.zweiterKunde.kundennummer, 'MAX-MARKE');
    ({ portal: admin } = await mitarbeiterAnmelden(app.url, 'demo-admin'));
    ({ portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung'));
    paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    max = new HttpKunde(app.url);
    await max.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
  });
  after(() => stoppen());

  it('takes the request in the portal (once while open) and lists it for Admin', async () => {
    assert.match((await paula.holen('/kunde/einstellungen')).html, /href="\/kunde\/auskunft"/);
    await paula.holen('/kunde/auskunft');
    const antwort = await paula.senden('/kunde/auskunft', {});
    assert.equal(antwort.location, '/kunde/auskunft');
    await paula.holen('/kunde/auskunft');
    await paula.senden('/kunde/auskunft', {});
    const zeilen = await t.ctx.db('auskuenfte').where({ kunde_id: daten.paula.kundeId });
    assert.equal(zeilen.length, 1, 'a second click while open makes no second request');
    assert.equal(zeilen[0].status, 'beantragt');
    auskunftId = zeilen[0].id;
    const seite = (await paula.holen('/kunde/auskunft')).html;
    assert.match(seite, /Ihre Anfrage ist eingegangen/);
    assert.match(seite, /angefordert/);
    const liste = (await admin.holen('/mitarbeiter/auskuenfte')).html;
    assert.ok(liste.includes(demoLogins.kunde.kundennummer));
    assert.ok(liste.includes(`/mitarbeiter/auskuenfte/${auskunftId}/erstellen`));
  });

  it('lets no one but Admin see the list, make or fetch an Auskunft', async () => {
    assert.equal((await leistung.holen('/mitarbeiter/auskuenfte')).status, 403);
    await leistung.holen('/mitarbeiter/uebersicht');
    const erstellen = await leistung.senden(`/mitarbeiter/auskuenfte/${auskunftId}/erstellen`, {});
    assert.equal(erstellen.status, 403);
    const direkt = await leistung.senden(`/mitarbeiter/kunden/${demoLogins.kunde.kundennummer}/auskunft`, {});
    assert.equal(direkt.status, 403);
    assert.equal((await t.ctx.db('auskuenfte').where({ id: auskunftId }).first()).status, 'beantragt');
  });

  it('makes the zip in the background; the client sees a notice and gets an e-mail without social data', async () => {
    await admin.holen('/mitarbeiter/auskuenfte');
    const antwort = await admin.senden(`/mitarbeiter/auskuenfte/${auskunftId}/erstellen`, {});
    assert.equal(antwort.location, '/mitarbeiter/auskuenfte');
    await waitUntil(
      'Auskunft ready and mail sent',
      async () =>
        (await t.ctx.db('auskuenfte').where({ id: auskunftId }).first()).status === 'bereit' &&
        t.mails.received.some((m) => m.to.includes(daten.paula.email)),
      { timeoutMs: 60_000 },
    );
    const start = (await paula.holen('/kunde')).html;
    assert.match(start, /Die Auskunft über Ihre gespeicherten Daten liegt für Sie bereit/);
    assert.doesNotMatch((await max.holen('/kunde')).html, /Auskunft über Ihre gespeicherten Daten liegt/);

    const [mail] = await lesen(t.mails.received.filter((m) => m.to.includes(daten.paula.email)));
    assert.match(mail!.text, /\/kunde\/auskunft/);
    for (const sozialdatum of [demoLogins.kunde.kundennummer, 'Paula', 'Portal-Start', daten.paula.eingangsnummer])
      assert.ok(!mail!.text.includes(sozialdatum) && !mail!.subject.includes(sozialdatum), sozialdatum);

    const erstellt = await t.ctx.db('audit_log').where({ aktion: 'auskunft_erstellen' });
    assert.equal(erstellt.length, 1);
    assert.equal(erstellt[0].kundennummer, demoLogins.kunde.kundennummer);
    const adminId = (await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-admin' }).first('id')).id;
    assert.equal(erstellt[0].mitarbeiter_id, adminId);
  });

  it('gives the other client and a guess at the number nothing; the client downloads their zip', async () => {
    assert.equal((await max.holen(`/kunde/auskunft/${auskunftId}/zip`)).status, 404);
    assert.equal((await max.holen(`/kunde/auskunft/${auskunftId + 1000}/zip`)).status, 404);
    const seite = (await paula.holen('/kunde/auskunft')).html;
    assert.ok(seite.includes(`/kunde/auskunft/${auskunftId}/zip`));
    assert.match(seite, /verfügbar bis \d{2}\.\d{2}\.\d{4}/);
    const { status, typ, bytes } = await laden(paula, `/kunde/auskunft/${auskunftId}/zip`);
    assert.equal(status, 200);
    assert.equal(typ, 'application/zip');
    zip = unzipSync(bytes);
    assert.ok((await t.ctx.db('auskuenfte').where({ id: auskunftId }).first()).abgerufen_am);
    assert.doesNotMatch((await paula.holen('/kunde')).html, /liegt für Sie bereit/, 'the notice goes once fetched');
  });

  it("holds this client's rows, PDFs and audit entries, and nothing of the other client", () => {
    const json = (name: string) =>
      JSON.parse(strFromU8(zip[name]!)) as Record<string, unknown>[] & Record<string, unknown>;
    const p = daten.paula;
    const kunde = json('kunde.json');
    assert.equal(kunde.kundennummer, demoLogins.kunde.kundennummer);
    assert.ok(!('passwort_hash' in kunde));
    assert.ok(
      json('eingang.json').some((e) => e.eingangsnummer === p.eingangsnummer && Array.isArray(e.statusverlauf)),
    );
    assert.ok(json('ausgang.json').some((a) => a.ausgangsnummer === p.ausgangsnummer && a.versandstatus));
    assert.ok(json('termine.json').some((x) => x.raum === 'PAULA-MARKE'));
    assert.deepEqual(zip[`dokumente/eingang/${p.eingangsnummer}.pdf`], p.eingangPdf);
    assert.deepEqual(zip[`dokumente/ausgang/${p.ausgangsnummer}.pdf`], p.briefPdf);
    assert.ok(json('protokoll.json').some((a) => a.aktion === 'ansehen' && a.eingangsnummer === p.eingangsnummer));
    for (const name of ['anmeldung.json', 'emails.json', 'partner.json', 'ereignisse.json', 'auskuenfte.json'])
      assert.ok(zip[name], name);

    const alles = Object.entries(zip)
      .map(([name, inhalt]) => `${name}\n${strFromU8(inhalt)}`)
      .join('\n');
    const m = daten.max;
    for (const fremd of [
      demoLogins.zweiterKunde.kundennummer,
      m.eingangsnummer,
      m.ausgangsnummer,
      'MAX-MARKE',
      m.email,
      'Mustermann',
    ].filter(Boolean))
      assert.ok(!alles.includes(fremd), `nothing of the other client: ${fremd}`);
  });

  it('lets Admin download it (audited) and start one for a client without request', async () => {
    const { status, bytes } = await laden(admin, `/mitarbeiter/auskuenfte/${auskunftId}/zip`);
    assert.equal(status, 200);
    assert.ok(unzipSync(bytes)['kunde.json']);
    const geladen = await t.ctx.db('audit_log').where({ aktion: 'auskunft_herunterladen' });
    assert.equal(geladen.length, 1);
    assert.equal(geladen[0].kundennummer, demoLogins.kunde.kundennummer);
    assert.equal((await leistung.holen(`/mitarbeiter/auskuenfte/${auskunftId}/zip`)).status, 403);

    await admin.holen('/mitarbeiter/kunden');
    const direkt = await admin.senden(`/mitarbeiter/kunden/${demoLogins.zweiterKunde.kundennummer}/auskunft`, {});
    assert.equal(direkt.location, '/mitarbeiter/auskuenfte');
    await waitUntil(
      "Max's Auskunft ready",
      async () => (await t.ctx.db('auskuenfte').where({ kunde_id: daten.max.kundeId }).first())?.status === 'bereit',
      { timeoutMs: 60_000 },
    );
    const zeile = await t.ctx.db('auskuenfte').where({ kunde_id: daten.max.kundeId }).first();
    assert.equal(zeile.beantragt_von, 'mitarbeiter');
    assert.equal((await paula.holen(`/kunde/auskunft/${zeile.id}/zip`)).status, 404);
    const inhalt = unzipSync((await laden(max, `/kunde/auskunft/${zeile.id}/zip`)).bytes);
    assert.deepEqual(inhalt[`dokumente/eingang/${daten.max.eingangsnummer}.pdf`], daten.max.eingangPdf);
    assert.equal(inhalt[`dokumente/eingang/${daten.paula.eingangsnummer}.pdf`], undefined);
  });
});
