import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { utimes, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { neueNummer } from '../../domain/nummern.js';
import { ereignisErfassen } from '../../services/ereignisse/erfassen.js';
import { loeschsperreAufheben, loeschsperreSetzen } from '../../services/loeschung/sperre.js';
import { createLoeschActivities } from '../../activities/loeschung.js';
import { bereinigung, type Loeschbericht } from '../../workflows/bereinigung.js';
import { demoMitWorkern } from '../support/workers.js';
import type { TestContext } from '../support/context.js';

const TAG = 86_400_000;
/** The controlled clock: every Löschfrist counts back from here, never from the machine's time. */
const JETZT = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const vor = (tage: number, stunden = 0) => new Date(JETZT.getTime() - tage * TAG - stunden * 3_600_000);

describe('nightly Löschlauf (bereinigung): deletes every data class on its date, in batches, restartable', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  let kundeId: number;
  let mitarbeiterId: number;
  const blob = async (prefix: string) => (await t.ctx.blobs.put(Buffer.from(randomUUID()), prefix)).key;
  const da = (key: string) =>
    t.ctx.blobs.get(key).then(
      () => true,
      () => false,
    );

  before(async () => {
    ({ t, stop } = await demoMitWorkern());
    kundeId = (await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id')).id;
    mitarbeiterId = (await t.ctx.db('mitarbeiter').first('id')).id;
  });
  after(() => stop());

  const lauf = async (limit = 2) =>
    (await t.ctx.temporal.client.workflow.execute(bereinigung, {
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      workflowId: `bereinigung-test-${randomUUID()}`,
      args: [{ jetzt: JETZT.toISOString(), limit }],
    })) as Loeschbericht;

  async function eingang(felder: Record<string, unknown>, art: 'dokument' | 'mitteilung' = 'dokument') {
    const eingangsnummer = neueNummer('E', new Date());
    const blob_key = await blob('dokumente');
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art,
      kanal: 'kunde',
      kunde_id: kundeId,
      dokumentart: art === 'mitteilung' ? 'Mitteilung' : 'Lohnabrechnung',
      teams: ['leistung'],
      eingegangen_am: vor(400),
      blob_key,
      ...felder,
    });
    await t.ctx.db('eingangs_timeline').insert({ eingangsnummer, schritt: 0, status: 'eingegangen', zeit: vor(400) });
    return { eingangsnummer, blob_key };
  }

  async function abgelehnt(aktualisiert: Date) {
    const upload = await blob('upload');
    const { eingangsnummer } = await eingang({ status: 'abgelehnt', aktualisiert_am: aktualisiert, blob_key: null });
    await t.ctx.db('eingangs_starts').insert({
      eingangsnummer,
      input: JSON.stringify({ eingangsnummer, inhalt: { art: 'dokument', dateien: [{ key: upload }] } }),
      gestartet_am: aktualisiert,
    });
    return { eingangsnummer, blob_key: upload };
  }

  async function brief(felder: Record<string, unknown>) {
    const ausgangsnummer = neueNummer('A', new Date());
    const blob_key = await blob('ausgang');
    await t.ctx.db('ausgangsdokumente').insert({
      ausgangsnummer,
      kunde_id: kundeId,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Bescheid',
      blob_key,
      sha256: 'x',
      bytes: 1,
      versandstatus: 'benachrichtigt',
      bereitgestellt_am: vor(400),
      ...felder,
    });
    return { ausgangsnummer, blob_key };
  }

  const gibtEingang = async (nummer: string) =>
    Boolean(await t.ctx.db('eingangsdokumente').where({ eingangsnummer: nummer }).first('eingangsnummer'));
  const gibtBrief = async (nummer: string) =>
    Boolean(await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer: nummer }).first('id'));

  it('deletes each class the night after its date and keeps the day before, blobs and rows alike', async () => {
    const f = t.ctx.config.loeschfristen;
    // Due: an hour past the Löschfrist. Kept: an hour short of it.
    const faellig = {
      eingang: await eingang({
        status: 'erledigt',
        erledigt_am: vor(f.eingang, 1),
        aktualisiert_am: vor(f.eingang, 1),
      }),
      mitteilung: await eingang(
        { status: 'erledigt', erledigt_am: vor(f.mitteilung, 1), aktualisiert_am: vor(f.mitteilung, 1) },
        'mitteilung',
      ),
      abgelehnt: await abgelehnt(vor(f.abgelehnt, 1)),
      brief: await brief({ abgerufen_am: vor(f.brief, 1), bekanntgabe_am: '2026-12-01' }),
      // A letter never opened counts from its deemed delivery day.
      briefBekanntgabe: await brief({
        bekanntgabe_am: new Date(vor(f.brief + 1).getTime()).toISOString().slice(0, 10),
      }),
    };
    const bleibt = {
      eingang: await eingang({
        status: 'erledigt',
        erledigt_am: vor(f.eingang - 1, 23),
        aktualisiert_am: vor(f.eingang - 1, 23),
      }),
      offen: await eingang({ status: 'weitergeleitet', aktualisiert_am: vor(400) }),
      mitteilung: await eingang(
        { status: 'erledigt', erledigt_am: vor(f.mitteilung - 1, 23), aktualisiert_am: vor(f.mitteilung - 1, 23) },
        'mitteilung',
      ),
      abgelehnt: await abgelehnt(vor(f.abgelehnt - 1, 23)),
      brief: await brief({ abgerufen_am: vor(f.brief - 1, 23) }),
      briefUngeoeffnet: await brief({ benachrichtigt_am: null }),
      gesperrt: await eingang({
        status: 'erledigt',
        erledigt_am: vor(f.eingang, 1),
        aktualisiert_am: vor(f.eingang, 1),
      }),
    };
    await loeschsperreSetzen(t.ctx.db, {
      mitarbeiterId,
      ziel: { art: 'eingang', eingangsnummer: bleibt.gesperrt.eingangsnummer },
      grund: 'Widerspruchsverfahren läuft',
    });
    await t.ctx.db('sitzungen').insert([
      { id: 'abgelaufen', daten: {}, laeuft_ab: vor(0, 1) },
      { id: 'gueltig', daten: {}, laeuft_ab: new Date(JETZT.getTime() + 3_600_000) },
    ]);
    await t.ctx.db('passwort_links').insert([
      { token_hash: 'alt', kunde_id: kundeId, gueltig_bis: vor(f.einmal_link, 1) },
      { token_hash: 'benutzt', kunde_id: kundeId, gueltig_bis: JETZT, benutzt_am: vor(f.einmal_link, 1) },
      { token_hash: 'jung', kunde_id: kundeId, gueltig_bis: vor(f.einmal_link - 1, 23) },
    ]);
    const auditAlt = await t.ctx
      .db('audit_log')
      .insert({ mitarbeiter_id: mitarbeiterId, aktion: 'ansehen', eingangsnummer: 'E-ALT', zeit: vor(f.audit, 1) })
      .returning('id');
    const auditJung = await t.ctx
      .db('audit_log')
      .insert({
        mitarbeiter_id: mitarbeiterId,
        aktion: 'ansehen',
        eingangsnummer: 'E-JUNG',
        zeit: vor(f.audit - 1, 23),
      })
      .returning('id');
    const schluessel = (name: string, stunden: number) => ({
      client_id: 'fachverfahren',
      schluessel: name,
      anfrage_hash: 'h',
      zustand: 'fertig',
      beansprucht_bis: JETZT,
      antwort_status: 200,
      erstellt_am: vor(0, stunden),
    });
    await t.ctx.db('api_idempotenz').insert([schluessel('alt', 25), schluessel('jung', 23)]);
    const mails = path.join(t.ctx.config.dataDir, 'mails');
    await writeFile(path.join(mails, 'alt.eml'), 'x');
    await utimes(path.join(mails, 'alt.eml'), vor(f.mail, 1), vor(f.mail, 1));
    await writeFile(path.join(mails, 'jung.eml'), 'x');
    await utimes(path.join(mails, 'jung.eml'), vor(f.mail - 1, 23), vor(f.mail - 1, 23));
    const auskunft = async (bereit_am: Date | null) => {
      const blob_key = bereit_am ? await blob('auskunft') : null;
      const [{ id }] = await t.ctx
        .db('auskuenfte')
        .insert({
          kunde_id: kundeId,
          beantragt_von: 'kunde',
          status: bereit_am ? 'bereit' : 'beantragt',
          blob_key,
          bereit_am,
        })
        .returning('id');
      return { id: id as number, blob_key };
    };
    const auskunftFaellig = await auskunft(vor(f.auskunft, 1));
    const auskunftBleibt = await auskunft(vor(f.auskunft - 1, 23));
    const auskunftOffen = await auskunft(null);

    const bericht = await lauf(2);

    for (const e of [faellig.eingang, faellig.mitteilung, faellig.abgelehnt]) {
      assert.equal(await gibtEingang(e.eingangsnummer), false, `${e.eingangsnummer} deleted`);
      assert.equal(await da(e.blob_key), false, `blob of ${e.eingangsnummer} deleted`);
    }
    assert.equal(
      (await t.ctx.db('eingangs_starts').where({ eingangsnummer: faellig.abgelehnt.eingangsnummer })).length,
      0,
    );
    for (const b of [faellig.brief, faellig.briefBekanntgabe]) {
      assert.equal(await gibtBrief(b.ausgangsnummer), false);
      assert.equal(await da(b.blob_key), false);
    }
    for (const e of [bleibt.eingang, bleibt.offen, bleibt.mitteilung, bleibt.abgelehnt, bleibt.gesperrt]) {
      assert.equal(await gibtEingang(e.eingangsnummer), true, `${e.eingangsnummer} kept`);
      assert.equal(await da(e.blob_key), true);
    }
    for (const b of [bleibt.brief, bleibt.briefUngeoeffnet]) {
      assert.equal(await gibtBrief(b.ausgangsnummer), true);
      assert.equal(await da(b.blob_key), true);
    }
    assert.deepEqual(await t.ctx.db('sitzungen').whereIn('id', ['abgelaufen', 'gueltig']).pluck('id'), ['gueltig']);
    assert.deepEqual(await t.ctx.db('api_idempotenz').pluck('schluessel'), ['jung'], 'Idempotency-Keys after 24 h');
    assert.equal(bericht.idempotenz_schluessel, 1);
    assert.deepEqual(
      await t.ctx.db('passwort_links').whereIn('token_hash', ['alt', 'benutzt', 'jung']).pluck('token_hash'),
      ['jung'],
    );
    assert.equal((await t.ctx.db('audit_log').where({ id: auditAlt[0].id })).length, 0);
    assert.equal((await t.ctx.db('audit_log').where({ id: auditJung[0].id })).length, 1);
    assert.deepEqual(
      (await readdir(mails)).filter((n) => ['alt.eml', 'jung.eml'].includes(n)),
      ['jung.eml'],
    );

    assert.equal(bericht.eingang, 1);
    assert.equal(bericht.mitteilung, 1);
    assert.equal(bericht.abgelehnt, 1);
    assert.equal(bericht.brief, 2);
    assert.equal(bericht.einmal_link, 2);
    assert.equal(bericht.mail, 1);
    assert.equal(bericht.auskunft, 1);
    assert.deepEqual(
      await t.ctx
        .db('auskuenfte')
        .whereIn('id', [auskunftFaellig.id, auskunftBleibt.id, auskunftOffen.id])
        .orderBy('id')
        .pluck('id'),
      [auskunftBleibt.id, auskunftOffen.id],
      'an Auskunft goes its Löschfrist after it was made available; a request not yet answered stays',
    );
    assert.equal(await da(auskunftFaellig.blob_key!), false);
    assert.equal(await da(auskunftBleibt.blob_key!), true);
    const protokoll = await t.ctx.db('audit_log').where({ aktion: 'loeschlauf' }).orderBy('id', 'desc').first();
    assert.equal(protokoll.details.anzahl.brief, 2);
    assert.equal(protokoll.details.jetzt, JETZT.toISOString());
    assert.equal(protokoll.mitarbeiter_id, null);

    // Released: its Löschfrist applies again, and it is past it.
    await loeschsperreAufheben(t.ctx.db, {
      mitarbeiterId,
      ziel: { art: 'eingang', eingangsnummer: bleibt.gesperrt.eingangsnummer },
      grund: 'Verfahren abgeschlossen',
    });
    const zweiter = await lauf(2);
    assert.equal(zweiter.eingang, 1);
    assert.equal(await gibtEingang(bleibt.gesperrt.eingangsnummer), false);
    assert.equal(await da(bleibt.gesperrt.blob_key), false);
    const sperren = await t.ctx
      .db('audit_log')
      .where({ eingangsnummer: bleibt.gesperrt.eingangsnummer })
      .orderBy('id')
      .select('aktion', 'mitarbeiter_id', 'details');
    assert.deepEqual(
      sperren.map((s) => [s.aktion, s.mitarbeiter_id, s.details.grund]),
      [
        ['loeschsperre_setzen', mitarbeiterId, 'Widerspruchsverfahren läuft'],
        ['loeschsperre_aufheben', mitarbeiterId, 'Verfahren abgeschlossen'],
      ],
    );
  });

  it('deletes sign-in attempts, the mail ledger, barrier feedback, past appointments, API events and shared files on their date', async () => {
    const f = t.ctx.config.loeschfristen;
    const kennung = (name: string) => `test:${name}:${randomUUID()}`;
    const versuch = async (erster: Date, gesperrtBis: Date | null = null) => {
      const k = kennung('versuch');
      await t.ctx
        .db('anmeldeversuche')
        .insert({ kennung: k, fehlversuche: 1, erster_fehlversuch: erster, gesperrt_bis: gesperrtBis });
      return k;
    };
    const mail = async (felder: Record<string, unknown>) => {
      const schluessel = kennung('mail');
      await t.ctx
        .db('benachrichtigungen')
        .insert({ schluessel, empfaenger: 'kunde@example.org', message_id: `<${schluessel}>`, ...felder });
      return schluessel;
    };
    const rueckmeldung = async (eingegangen_am: Date) =>
      (
        await t.ctx
          .db('barriere_rueckmeldungen')
          .insert({ nachricht: 'Kontrast zu schwach', sprache: 'de', eingegangen_am })
          .returning('id')
      )[0].id as number;
    const termin = async (beginn: Date) => {
      const [{ id }] = await t.ctx.db('termine').insert({ kunde_id: kundeId, beginn }).returning('id');
      await t.ctx.db('termin_links').insert({ token_hash: kennung('link'), termin_id: id, gueltig_bis: beginn });
      return id as number;
    };
    const ereignis = async (erfasst_am: Date) => {
      const schluessel = kennung('ereignis');
      await t.ctx.db.transaction((trx) =>
        ereignisErfassen(trx, {
          art: 'termin.erinnert',
          schluessel,
          status: 'erinnert',
          zeit: erfasst_am,
          kundennummer: demoLogins.kunde.kundennummer,
        }),
      );
      await t.ctx.db('ereignisse').where({ schluessel }).update({ erfasst_am });
      return schluessel;
    };
    const geteilt = async (abgelegt_am: Date) => {
      const blob_key = await blob('geteilt');
      await t.ctx.db('geteilte_dateien').insert({ blob_key, abgelegt_am });
      return blob_key;
    };

    const faellig = {
      versuch: await versuch(vor(f.anmeldeversuch, 1)),
      versuchGesperrt: await versuch(vor(f.anmeldeversuch, 2), vor(f.anmeldeversuch, 1)),
      mailGesendet: await mail({ status: 'gesendet', gesendet_am: vor(f.benachrichtigung, 1), angelegt_am: vor(400) }),
      mailNieGesendet: await mail({ status: 'offen', angelegt_am: vor(f.benachrichtigung, 1) }),
      rueckmeldung: await rueckmeldung(vor(f.barriere_rueckmeldung, 1)),
      termin: await termin(vor(f.termin, 1)),
      ereignis: await ereignis(vor(f.ereignis, 1)),
      geteilt: await geteilt(vor(f.geteilt, 1)),
    };
    const bleibt = {
      versuch: await versuch(vor(f.anmeldeversuch - 1, 23)),
      // Its first failure is past the Löschfrist, but its lockout ended later: it counts from there.
      versuchGesperrt: await versuch(vor(f.anmeldeversuch + 5), vor(f.anmeldeversuch - 1, 23)),
      mailGesendet: await mail({
        status: 'gesendet',
        gesendet_am: vor(f.benachrichtigung - 1, 23),
        angelegt_am: vor(400),
      }),
      // An attempt holds a live claim on this key: deleting it would let a second attempt send beside it.
      mailBeimSenden: await mail({
        status: 'wird_gesendet',
        angelegt_am: vor(f.benachrichtigung, 1),
        versuch: randomUUID(),
        versuch_bis: new Date(Date.now() + 3_600_000),
      }),
      rueckmeldung: await rueckmeldung(vor(f.barriere_rueckmeldung - 1, 23)),
      termin: await termin(vor(f.termin - 1, 23)),
      terminKuenftig: await termin(new Date(JETZT.getTime() + 7 * TAG)),
      ereignis: await ereignis(vor(f.ereignis - 1, 23)),
      geteilt: await geteilt(vor(f.geteilt - 1, 23)),
    };

    const bericht = await lauf(2);

    const versuche = (ks: string[]) => t.ctx.db('anmeldeversuche').whereIn('kennung', ks).pluck('kennung');
    const mails = (ks: string[]) => t.ctx.db('benachrichtigungen').whereIn('schluessel', ks).pluck('schluessel');
    const rueckmeldungen = (ids: number[]) => t.ctx.db('barriere_rueckmeldungen').whereIn('id', ids).pluck('id');
    const termine = (ids: number[]) => t.ctx.db('termine').whereIn('id', ids).pluck('id');
    const links = (ids: number[]) => t.ctx.db('termin_links').whereIn('termin_id', ids).pluck('termin_id');
    const ereignisse = (ks: string[]) => t.ctx.db('ereignisse').whereIn('schluessel', ks).pluck('schluessel');
    const geteilte = (ks: string[]) => t.ctx.db('geteilte_dateien').whereIn('blob_key', ks).pluck('blob_key');

    // Nothing left after its date.
    assert.deepEqual(await versuche([faellig.versuch, faellig.versuchGesperrt]), []);
    assert.deepEqual(await mails([faellig.mailGesendet, faellig.mailNieGesendet]), []);
    assert.deepEqual(await rueckmeldungen([faellig.rueckmeldung]), []);
    assert.deepEqual(await termine([faellig.termin]), []);
    assert.deepEqual(await links([faellig.termin]), [], 'its cancel/move link goes with the appointment');
    assert.deepEqual(await ereignisse([faellig.ereignis]), []);
    assert.deepEqual(await geteilte([faellig.geteilt]), []);
    assert.equal(await da(faellig.geteilt), false, 'the shared file itself is deleted');
    // Nothing deleted early.
    assert.deepEqual(
      (await versuche([bleibt.versuch, bleibt.versuchGesperrt])).sort(),
      [bleibt.versuch, bleibt.versuchGesperrt].sort(),
    );
    assert.deepEqual(
      (await mails([bleibt.mailGesendet, bleibt.mailBeimSenden])).sort(),
      [bleibt.mailGesendet, bleibt.mailBeimSenden].sort(),
    );
    assert.deepEqual(await rueckmeldungen([bleibt.rueckmeldung]), [bleibt.rueckmeldung]);
    assert.deepEqual(
      (await termine([bleibt.termin, bleibt.terminKuenftig])).sort(),
      [bleibt.termin, bleibt.terminKuenftig].sort(),
    );
    assert.equal((await links([bleibt.termin, bleibt.terminKuenftig])).length, 2);
    assert.deepEqual(await ereignisse([bleibt.ereignis]), [bleibt.ereignis]);
    assert.deepEqual(await geteilte([bleibt.geteilt]), [bleibt.geteilt]);
    assert.equal(await da(bleibt.geteilt), true);

    for (const [klasse, mindestens] of [
      ['anmeldeversuch', 2],
      ['benachrichtigung', 2],
      ['barriere_rueckmeldung', 1],
      ['termin', 1],
      ['ereignis', 1],
      ['geteilt', 1],
    ] as const)
      assert.ok((bericht[klasse] ?? 0) >= mindestens, `${klasse}: ${bericht[klasse]} counted`);
    const protokoll = await t.ctx.db('audit_log').where({ aktion: 'loeschlauf' }).orderBy('id', 'desc').first();
    assert.equal(protokoll.details.anzahl.termin, bericht.termin);
  });

  it('a run that dies between deleting the rows and the blobs leaves no row without file and no orphan blob', async () => {
    const f = t.ctx.config.loeschfristen;
    const dokumente = await Promise.all(
      [1, 2, 3].map(() =>
        eingang({ status: 'erledigt', erledigt_am: vor(f.eingang, 1), aktualisiert_am: vor(f.eingang, 1) }),
      ),
    );
    // The same activities over the real store, except that the process "dies" at its first blob deletion.
    const sterbend = createLoeschActivities({
      db: t.ctx.db,
      blobs: {
        ...t.ctx.blobs,
        delete: () => Promise.reject(new Error('worker died')),
        deleteMany: () => Promise.reject(new Error('worker died')),
      },
      loeschfristen: f,
      mailDir: path.join(t.ctx.config.dataDir, 'mails'),
    });
    await assert.rejects(sterbend.loeschen({ klasse: 'eingang', jetzt: JETZT.toISOString(), limit: 2 }), /died/);
    const geloescht = [];
    for (const d of dokumente) if (!(await gibtEingang(d.eingangsnummer))) geloescht.push(d);
    assert.equal(geloescht.length, 2, 'the batch of two rows left in one transaction');
    for (const d of geloescht) assert.equal(await da(d.blob_key), true, 'their files still there, keys journalled');
    assert.equal(
      await t.ctx
        .db('loesch_blobs')
        .count({ n: '*' })
        .first()
        .then((r) => Number(r!.n)),
      2,
    );

    const bericht = await lauf(2);
    for (const d of dokumente) {
      assert.equal(await gibtEingang(d.eingangsnummer), false);
      assert.equal(await da(d.blob_key), false);
    }
    assert.equal(bericht.eingang, 1, 'the run after the crash deletes the one row still due');
    assert.equal(
      await t.ctx
        .db('loesch_blobs')
        .count({ n: '*' })
        .first()
        .then((r) => Number(r!.n)),
      0,
    );
  });

  it('deletes a Bewerbungsmappe with its copies a Löschfrist after expiry or revocation, and keeps one still due later', async () => {
    const f = t.ctx.config.loeschfristen.bewerbungsmappe;
    const mappe = async (name: string, felder: Record<string, unknown>) => {
      const [{ id }] = await t.ctx
        .db('bewerbungsmappen')
        .insert({ kunde_id: kundeId, titel: name, token_hash: `hash-${name}`, ...felder })
        .returning('id');
      const key = await blob('bewerbungsmappe');
      await t.ctx
        .db('bewerbungsmappe_dokumente')
        .insert({ mappe_id: id, name: 'Lebenslauf', blob_key: key, bytes: 36, herkunft: 'gesendet' });
      return { id: id as number, key };
    };
    const abgelaufen = await mappe('abgelaufen', { gueltig_bis: vor(f, 1) });
    const widerrufen = await mappe('widerrufen', {
      gueltig_bis: new Date(JETZT.getTime() + 9 * TAG),
      widerrufen_am: vor(f, 1),
    });
    const jung = await mappe('jung', { gueltig_bis: vor(f - 1, 23) });
    const offen = await mappe('offen', { gueltig_bis: new Date(JETZT.getTime() + TAG) });

    const bericht = await lauf(500);

    assert.equal(bericht.bewerbungsmappe, 2);
    for (const m of [abgelaufen, widerrufen]) {
      assert.equal((await t.ctx.db('bewerbungsmappen').where({ id: m.id })).length, 0);
      assert.equal((await t.ctx.db('bewerbungsmappe_dokumente').where({ mappe_id: m.id })).length, 0);
      assert.equal(await da(m.key), false, 'the copy of the document is deleted with its folder');
    }
    for (const m of [jung, offen]) {
      assert.equal((await t.ctx.db('bewerbungsmappen').where({ id: m.id })).length, 1);
      assert.equal(await da(m.key), true);
    }
  });

  it('sweeps blobs no row refers to once past their grace period, in batches, and counts them in the audit entry', async () => {
    const waisen = await Promise.all([1, 2, 3].map(() => blob('teile')));
    const formular = await t.ctx.blobs.put(Buffer.from('formular'), 'formulare');
    await t.ctx
      .db('formulare')
      .insert({ titel: 'Antrag', blob_key: formular.key, sha256: formular.sha256, bytes: formular.bytes });
    const spaeter = new Date(Date.now() + (t.ctx.config.verwaistKarenzStunden + 1) * 3_600_000).toISOString();
    const workflowId = `bereinigung-test-${randomUUID()}`;
    const bericht = (await t.ctx.temporal.client.workflow.execute(bereinigung, {
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      workflowId,
      args: [{ jetzt: spaeter, limit: 2 }],
    })) as Loeschbericht;
    for (const key of waisen) assert.equal(await da(key), false, `${key} is deleted`);
    assert.equal(await da(formular.key), true, 'a blob a row refers to stays');
    assert.ok((bericht.verwaiste_blobs ?? 0) >= waisen.length);
    const eintrag = await t.ctx
      .db('audit_log')
      .where({ aktion: 'loeschlauf' })
      .whereLike('request_id', `${workflowId}/%`)
      .first();
    assert.equal(eintrag.details.anzahl.verwaiste_blobs, bericht.verwaiste_blobs);
  });
});
