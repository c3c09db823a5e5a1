import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../../db/demo/logins.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { langeWorte } from '../../support/lange-worte.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';
import { ausserhalbDerRaender, ohneLeerraum, textLaeufe } from '../../support/pdf-text.js';

/** The access letter is a readable PDF: one page of letter, then its Antwortbogen. */
async function einseitigesPdf(response: Response): Promise<void> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal((await PDFDocument.load(bytes)).getPageCount(), 2);
  assert.ok((await textLaeufe(bytes))[1]!.laeufe.some((lauf) => lauf.str === 'Antwortbogen'));
}

describe('client accounts (Admin): create with an access letter, renew access, deactivate', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let admin: HttpKunde;

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    ({ portal: admin } = await mitarbeiterAnmelden(app.url, 'demo-admin'));
  });
  after(() => stoppen());

  async function anlegen(felder: Record<string, string>) {
    await admin.holen('/mitarbeiter/kunden');
    const body = new URLSearchParams({ _csrf: admin.csrf, ...felder });
    return fetch(`${app.url}/mitarbeiter/kunden`, {
      method: 'POST',
      body,
      headers: { cookie: admin.cookie, accept: 'text/html' },
      redirect: 'manual',
    });
  }

  it('creates a client who must change the initial password at first sign-in, and hands out the access letter as a one-page PDF with its Antwortbogen', async () => {
    const [tobias, katrin] = await Promise.all(
      ['demo-vermittlung', 'demo-leistung'].map((sub) =>
        t.ctx.db('mitarbeiter').where({ oidc_subject: sub }).first('id'),
      ),
    );
    const antwort = await anlegen({
      kundennummer: '200b123456',
      bgNummer: '20001BG0000009',
      vorname: 'Nora',
      nachname: 'Neu',
      strasse: 'Testweg 1',
      plz: '12345',
      ort: 'Musterstadt',
      email: 'nora.neu@example.org',
      einwilligung: '1',
      ansprechpartner: String(tobias!.id),
      leistungssachbearbeiter: String(katrin!.id),
    });
    assert.equal(antwort.status, 200);
    assert.equal(antwort.headers.get('content-type'), 'application/pdf');
    assert.equal(antwort.headers.get('content-disposition'), 'attachment; filename="zugang-200B123456.pdf"');
    await einseitigesPdf(antwort);
    const row = await t.ctx.db('kunden').where({ kundennummer: '200B123456' }).first();
    assert.equal(row.passwort_aendern, true);
    assert.ok(row.online_zustellung_seit instanceof Date);
    assert.equal(row.email, 'nora.neu@example.org');
    assert.equal(row.ansprechpartner_id, tobias!.id);
    assert.equal(row.leistungssachbearbeiter_id, katrin!.id);
  });

  it('keeps a name and an address longer than a line inside the margins of the access letter, losing none of them', async () => {
    const { kompositum, iban } = langeWorte;
    const antwort = await anlegen({
      kundennummer: '200B654321',
      bgNummer: '20001BG0000010',
      vorname: 'Nora',
      nachname: kompositum,
      strasse: `${iban} 1`,
      plz: '12345',
      ort: 'Musterstadt',
    });
    assert.equal(antwort.headers.get('content-type'), 'application/pdf');
    const seiten = await textLaeufe(new Uint8Array(await antwort.arrayBuffer()));
    assert.deepEqual(ausserhalbDerRaender(seiten, 70), []);
    const alles = ohneLeerraum(seiten);
    assert.ok(
      alles.includes(`Nora${kompositum}`) && alles.includes(`${iban}1`) && alles.includes('Kundennummer:200B654321'),
    );
  });

  it('refuses a malformed or taken Kundennummer, missing names and an Ansprechpartner from the wrong team, creating nothing', async () => {
    const vorher = await t.ctx.db('kunden').count({ n: '*' }).first();
    const katrin = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id');
    const falsch = await anlegen({
      kundennummer: '12',
      bgNummer: '',
      vorname: '',
      nachname: '',
      ansprechpartner: String(katrin.id),
    });
    assert.equal(falsch.status, 400);
    const html = await falsch.text();
    for (const feld of ['kundennummer', 'bgNummer', 'vorname', 'nachname', 'ansprechpartner'])
      assert.match(html, new RegExp(`href="#${feld}"`));
    const doppelt = await anlegen({
      kundennummer: demoLogins.kunde.kundennummer,
      bgNummer: 'x',
      vorname: 'a',
      nachname: 'b',
    });
    assert.match(await doppelt.text(), /gibt es schon/);
    assert.deepEqual(await t.ctx.db('kunden').count({ n: '*' }).first(), vorher);
  });

  it('renews access: new letter, the client\u2019s sessions end, the old password stops working', async () => {
    const paula = new HttpKunde(app.url);
    await paula.anmelden(demoLogins.kunde.kundennummer, demoLogins.kunde.passwort);
    assert.equal((await paula.holen('/kunde')).status, 200);
    await admin.holen('/mitarbeiter/kunden');
    const brief = await fetch(`${app.url}/mitarbeiter/kunden/${demoLogins.kunde.kundennummer}/zugang`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: admin.csrf }),
      headers: { cookie: admin.cookie },
    });
    assert.equal(brief.headers.get('content-type'), 'application/pdf');
    assert.equal((await paula.holen('/kunde')).response.headers.get('location'), '/anmelden', 'signed out');
    const erneut = new HttpKunde(app.url);
    await erneut.holen('/anmelden');
    assert.equal(
      (
        await erneut.senden('/anmelden', {
          kundennummer: demoLogins.kunde.kundennummer,
          passwort: 'Mein-neues-Passwort-1',
        })
      ).status,
      401,
    );
  });

  it('deactivates an account: sessions end and sign-in is refused like a wrong password', async () => {
    const max = new HttpKunde(app.url);
    await max.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
    await admin.holen('/mitarbeiter/kunden');
    const antwort = await admin.senden(`/mitarbeiter/kunden/${demoLogins.zweiterKunde.kundennummer}/deaktivieren`, {});
    assert.equal(antwort.location, '/mitarbeiter/kunden');
    assert.equal((await max.holen('/kunde')).response.headers.get('location'), '/anmelden');
    const login = new HttpKunde(app.url);
    await login.holen('/anmelden');
    assert.equal(
      (
        await login.senden('/anmelden', {
          kundennummer: demoLogins.zweiterKunde.kundennummer,
          passwort: 'Mein-neues-Passwort-1',
        })
      ).status,
      401,
    );
  });

  it('keeps client accounts to the Admin team', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    assert.equal((await portal.holen('/mitarbeiter/kunden')).status, 403);
  });
});
