import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { sprachen, translator } from '../../../web/i18n/index.js';
import { ScanWarnungen } from '../../../web/mitarbeiter/scan-warnungen.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import type { HttpKunde } from '../../support/http-kunde.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

/** The warning banner of a page, or null when it has none. */
const banner = (html: string) =>
  /<div class="kern-alert kern-alert--warning scan-warnungen"[\s\S]*?<\/ul>[\s\S]*?<\/div>/.exec(html)?.[0] ?? null;

describe('Poststelle start page: a warning banner while scan deliveries are at risk, with the way to Zuordnen', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  let poststelle: HttpKunde;
  let leistung: HttpKunde;

  const lieferung = (lieferungId: string, status: string) => ({
    lieferung_id: lieferungId,
    client_id: 'scandienst-test',
    scan_datum: '2026-05-22',
    erwartet: 10,
    status,
    frist: new Date('2026-05-26T13:00:00Z'),
  });
  const warnung = (lieferungId: string, anlass: string) => ({
    lieferung_id: lieferungId,
    anlass,
    stand: JSON.stringify({ erwartet: 10, angenommen: 10, fertig: 2 }),
  });

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    ({ portal: poststelle } = await mitarbeiterAnmelden(app.url, 'demo-poststelle'));
    ({ portal: leistung } = await mitarbeiterAnmelden(app.url, 'demo-leistung'));
  });
  after(() => stoppen());

  /** Poststelle's start page, reached the way staff reach it: the workspace root sends them to their inbox. */
  async function startseite(wer: HttpKunde): Promise<string> {
    const weiter = await wer.holen('/mitarbeiter/');
    assert.equal(weiter.status, 302);
    const ziel = weiter.response.headers.get('location')!;
    const seite = await wer.holen(ziel.replace(app.url, ''));
    assert.equal(seite.status, 200);
    return seite.html;
  }

  it('shows no banner while no delivery is at risk', async () => {
    assert.equal(banner(await startseite(poststelle)), null);
  });

  it('shows each open warning of a delivery not yet abgeschlossen, in German, with a link to Zuordnen; none of finished deliveries', async () => {
    await t.ctx
      .db('scan_lieferungen')
      .insert([lieferung('L-gefaehrdet', 'geschlossen'), lieferung('L-fertig', 'abgeschlossen')]);
    await t.ctx
      .db('scan_warnungen')
      .insert([
        warnung('L-gefaehrdet', 'frist_gefaehrdet'),
        warnung('L-gefaehrdet', 'zuordnung_wartet'),
        warnung('L-fertig', 'frist_gefaehrdet'),
      ]);
    const html = await startseite(poststelle);
    const text = banner(html);
    assert.ok(text, 'the start page has the warning banner');
    assert.match(text, /Scan-Lieferungen brauchen Aufmerksamkeit/);
    assert.match(text, /Lieferung L-gefaehrdet: Die Frist [^<]*15:00 ist gefährdet/);
    assert.match(text, /Lieferung L-gefaehrdet: Dokumente warten schon zu lange auf die Zuordnung/);
    assert.match(text, /<a class="kern-link" href="\/mitarbeiter\/zuordnen">Jetzt zuordnen<\/a>/);
    assert.doesNotMatch(text, /L-fertig/);
    assert.ok(html.indexOf(text) < html.indexOf('<form method="get"'), 'the banner stands above the inbox');

    // The link leads to a page Poststelle may open.
    assert.equal((await poststelle.holen('/mitarbeiter/zuordnen')).status, 200);
  });

  it('shows the banner to Poststelle only, not in another team inbox', async () => {
    const html = await startseite(leistung);
    assert.match(html, /Postfach Leistung/);
    assert.equal(banner(html), null);
  });

  it('takes the banner away once the delivery is abgeschlossen', async () => {
    await t.ctx.db('scan_lieferungen').where({ lieferung_id: 'L-gefaehrdet' }).update({ status: 'abgeschlossen' });
    assert.equal(banner(await startseite(poststelle)), null);
  });

  it('has the banner in all six languages, each in its own words', () => {
    const warnungen = [
      {
        lieferungId: 'L-7',
        anlass: 'frist_gefaehrdet' as const,
        frist: new Date('2026-05-26T13:00:00Z'),
        erstelltAm: new Date(),
      },
      {
        lieferungId: 'L-7',
        anlass: 'zuordnung_wartet' as const,
        frist: new Date('2026-05-26T13:00:00Z'),
        erstelltAm: new Date(),
      },
    ];
    const texte = new Map<string, string>();
    for (const sprache of sprachen) {
      const html = render(h(ScanWarnungen, { warnungen, i18n: translator(sprache) }));
      assert.equal((html.match(/L-7/g) ?? []).length, 2, sprache);
      assert.doesNotMatch(html, /\{\w+\}/, `${sprache}: every placeholder filled`);
      texte.set(sprache, html);
    }
    assert.equal(new Set(texte.values()).size, sprachen.length, 'no language falls back to another');
    for (const sprache of sprachen.filter((s) => s !== 'de'))
      assert.doesNotMatch(texte.get(sprache)!.replace(/<[^>]*>/g, ' '), /Lieferung|Frist|zuordnen/i, sprache);
    assert.equal(render(h(ScanWarnungen, { warnungen: [], i18n: translator('de') })), '');
  });
});
