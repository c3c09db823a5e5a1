import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { gemerkteZeile, gleicheDaten } from '../../../web/components/gemerkte-zeilen.js';
import { Liste, type Spalte } from '../../../web/components/liste.js';

interface Zeile {
  nummer: string;
  status: string;
  info: string | null;
  am: Date;
  teams: string[];
}

const spalten: Array<Spalte<Zeile>> = [
  { kopf: 'Nummer', zelle: (z) => z.nummer },
  { kopf: 'Status', zelle: (z) => <strong>{z.status}</strong> },
  { kopf: 'Info', zelle: (z) => z.info ?? '–' },
  { kopf: 'Datum', zelle: (z) => z.am.toISOString().slice(0, 10) },
  { kopf: 'Bereich', zelle: (z) => z.teams.join(', ') },
];

const liste = (zeilen: Zeile[], namensraum?: string) =>
  render(
    <Liste
      label="Gesendet"
      leer="Nichts"
      zeilen={zeilen}
      spalten={spalten}
      merken={namensraum ? { namensraum, kennung: (z) => z.nummer } : undefined}
    />,
  );
const zeile = (nummer: string, status: string): Zeile => ({
  nummer,
  status,
  info: `<b>${nummer}</b>`,
  am: new Date('2026-11-20T10:00:00Z'),
  teams: ['leistung'],
});

describe('remembered list rows', () => {
  it('renders a remembered list exactly like a freshly rendered one, escaping included', () => {
    const zeilen = [zeile('E1', 'abgelegt'), zeile('E2', 'erledigt')];
    const frisch = liste(zeilen);
    assert.equal(liste(zeilen, 'test-gleich'), frisch);
    assert.equal(liste(zeilen, 'test-gleich'), frisch);
    assert.match(frisch, /&lt;b>E1&lt;\/b>/);
  });

  it('renders a row again once any of its fields changes, so a new status shows at once', () => {
    assert.match(liste([zeile('E3', 'abgelegt')], 'test-status'), /<strong>abgelegt<\/strong>/);
    assert.match(liste([zeile('E3', 'weitergeleitet')], 'test-status'), /<strong>weitergeleitet<\/strong>/);
    const spaeter = { ...zeile('E3', 'weitergeleitet'), am: new Date('2026-11-21T10:00:00Z') };
    assert.match(liste([spaeter], 'test-status'), /2026-11-21/);
    assert.match(liste([{ ...spaeter, teams: ['vermittlung'] }], 'test-status'), /vermittlung/);
  });

  it('keeps namespaces apart, so a row rendered in one language is not shown in another', () => {
    const z = zeile('E4', 'abgelegt');
    assert.equal(gemerkteZeile('seite:de', 'E4', z, () => 'deutsch').toString(), 'deutsch');
    assert.equal(gemerkteZeile('seite:en', 'E4', z, () => 'english').toString(), 'english');
    assert.equal(gemerkteZeile('seite:de', 'E4', { ...z }, () => 'neu gerendert').toString(), 'deutsch');
  });

  it('keeps two rows apart by their identity, even when their fields are equal', () => {
    const z = { status: 'abgelegt' };
    assert.equal(gemerkteZeile('test-kennung', 'E5', z, () => 'fuenf').toString(), 'fuenf');
    assert.equal(gemerkteZeile('test-kennung', 'E6', { ...z }, () => 'sechs').toString(), 'sechs');
    assert.equal(gemerkteZeile('test-kennung', 'E5', { ...z }, () => 'neu').toString(), 'fuenf');
  });

  it('tells apart what only looks alike: null and "null", a missing and an undefined field, dates, nested values', () => {
    assert.equal(gleicheDaten({ a: null }, { a: 'null' }), false);
    assert.equal(gleicheDaten({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(gleicheDaten({ a: 1, b: undefined }, { a: 1, c: undefined }), false);
    assert.equal(gleicheDaten({ am: new Date(5) }, { am: new Date(6) }), false);
    assert.equal(gleicheDaten({ am: new Date(5) }, { am: 5 }), false);
    assert.equal(gleicheDaten({ t: ['a', 'b'] }, { t: ['a'] }), false);
    assert.equal(gleicheDaten({ t: ['a'] }, { t: { 0: 'a' } }), false);
    assert.equal(gleicheDaten({ v: { bis: new Date(1), tage: 3 } }, { v: { bis: new Date(1), tage: 2 } }), false);
    assert.equal(
      gleicheDaten(
        { v: { bis: new Date(1), tage: 3 }, t: ['a'], n: null },
        { v: { bis: new Date(1), tage: 3 }, t: ['a'], n: null },
      ),
      true,
    );
  });

  it('forgets the oldest rows beyond 10,000, so memory stays bounded', () => {
    let gerendert = 0;
    const rendern = () => String(++gerendert);
    gemerkteZeile('test-grenze', '0', { n: 0 }, rendern);
    for (let n = 1; n <= 10_000; n++) gemerkteZeile('test-grenze', String(n), { n }, rendern);
    assert.equal(gemerkteZeile('test-grenze', '10000', { n: 10_000 }, rendern).toString(), '10001');
    assert.equal(gemerkteZeile('test-grenze', '0', { n: 0 }, rendern).toString(), '10002');
  });
});
