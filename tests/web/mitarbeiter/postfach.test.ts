import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { neueNummer } from '../../../domain/nummern.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

const TAG = 86_400_000;

describe('team inbox: filters, search, sorting and paging on the server; overdue documents stand out', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let leistung: HttpKunde;
  const nummern: Record<string, string> = {};

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    ({ portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung'));
    const katrin = await t.ctx.db('mitarbeiter').where({ oidc_subject: 'demo-leistung' }).first('id');
    const [paula, max] = await Promise.all(
      [demoLogins.kunde, demoLogins.zweiterKunde].map((k) =>
        t.ctx.db('kunden').where({ kundennummer: k.kundennummer }).first('id'),
      ),
    );
    const jetzt = Date.now();
    const zeile = (name: string, felder: Record<string, unknown>) => {
      const zeit = new Date((felder.eingegangen_am as Date | undefined)?.getTime() ?? jetzt);
      nummern[name] = neueNummer('E', zeit);
      return {
        eingangsnummer: nummern[name],
        art: 'dokument',
        kanal: 'kunde',
        kunde_id: paula!.id,
        dokumentart: 'Lohnabrechnung',
        status: 'weitergeleitet',
        teams: ['leistung'],
        eingegangen_am: zeit,
        aktualisiert_am: zeit,
        ...felder,
      };
    };
    const rows = [
      zeile('alt', { eingegangen_am: new Date(jetzt - 10 * TAG) }),
      zeile('altErledigt', { eingegangen_am: new Date(jetzt - 10 * TAG), status: 'erledigt' }),
      zeile('max', { kunde_id: max!.id, dokumentart: 'Kontoauszüge', kanal: 'scan' }),
      zeile('meins', { status: 'in_bearbeitung', zugewiesen_an: katrin.id, dokumentart: 'Arbeitsvertrag' }),
      zeile('vermittlung', { teams: ['vermittlung'] }),
      ...Array.from({ length: 26 }, (_, i) => zeile(`n${i}`, { eingegangen_am: new Date(jetzt - i * 60_000) })),
    ];
    await t.ctx.db('eingangsdokumente').insert(rows);
  });
  after(() => stoppen());

  const liste = async (query = '') =>
    (await leistung.holen(`/mitarbeiter/postfach/leistung${query ? `?${query}` : ''}`)).html;
  const zeigt = (html: string, name: string) => html.includes(`>${nummern[name]}</a>`);

  it('pages 30 Leistung documents 25 at a time and leaves out other teams', async () => {
    const erste = await liste();
    assert.match(erste, /30 Dokumente/);
    assert.match(erste, /Seite 1 von 2/);
    assert.equal((erste.match(/href="\/mitarbeiter\/dokument\//g) ?? []).length, 25);
    const zweite = await liste('seite=2');
    assert.equal((zweite.match(/href="\/mitarbeiter\/dokument\//g) ?? []).length, 5);
    assert.ok(!zeigt(erste + zweite, 'vermittlung'));
  });

  it('marks open documents older than three working days as overdue, not finished ones', async () => {
    const html = await liste('sortierung=eingang&richtung=asc');
    const zeileVon = (name: string) =>
      html.slice(
        html.lastIndexOf('<tr', html.indexOf(`>${nummern[name]}</a>`)),
        html.indexOf('</tr>', html.indexOf(`>${nummern[name]}</a>`)),
      );
    assert.match(zeileVon('alt'), /überfällig/);
    assert.doesNotMatch(zeileVon('altErledigt'), /überfällig/);
    assert.doesNotMatch(zeileVon('n0'), /überfällig/);
  });

  it('filters by status, Kanal, Dokumentart, "mir zugewiesen" and date range', async () => {
    const erledigt = await liste('status=erledigt');
    assert.match(erledigt, /1 Dokument</);
    assert.ok(zeigt(erledigt, 'altErledigt'));
    assert.ok(zeigt(await liste('kanal=scan'), 'max'));
    assert.match(await liste('kanal=scan'), /1 Dokument</);
    assert.ok(zeigt(await liste('dokumentart=Arbeitsvertrag'), 'meins'));
    const mir = await liste('mir=1');
    assert.match(mir, /1 Dokument</);
    assert.ok(zeigt(mir, 'meins'));
    const heute = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const vorher = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(Date.now() - 5 * TAG),
    );
    assert.match(await liste(`bis=${vorher}`), /2 Dokumente/);
    assert.doesNotMatch(await liste(`von=${heute}`), /überfällig/);
  });

  it('searches by Kundennummer, name and Eingangsnummer, and treats % literally', async () => {
    const perNummer = await liste(`suche=${demoLogins.zweiterKunde.kundennummer}`);
    assert.match(perNummer, /1 Dokument</);
    assert.ok(zeigt(perNummer, 'max'));
    assert.ok(zeigt(await liste('suche=Mustermann'), 'max'));
    assert.match(await liste(`suche=${nummern.meins}`), /1 Dokument</);
    assert.match(await liste('suche=%25'), /0 Dokumente/);
  });

  it('sorts by Dokumentart on request and ignores unknown sort columns', async () => {
    const html = await liste('sortierung=dokumentart&richtung=asc');
    assert.ok(html.indexOf('>Arbeitsvertrag<') < html.indexOf('>Kontoauszüge<'));
    assert.ok(html.indexOf('>Kontoauszüge<') < html.indexOf('>Lohnabrechnung<'));
    assert.equal((await leistung.holen('/mitarbeiter/postfach/leistung?sortierung=passwort_hash')).status, 200);
  });
});
