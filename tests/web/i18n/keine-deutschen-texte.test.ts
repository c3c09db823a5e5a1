// Every page a client, a partner or a visitor sees shows no German catalogue text in another language. Staff pages are
// German by design (web/mitarbeiter renders with the German catalogue only) and are not checked here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { kundenDokumentarten, partnerDokumentarten } from '../../../domain/katalog.js';
import { ar } from '../../../web/i18n/ar.js';
import { de, type Messages } from '../../../web/i18n/de.js';
import { en } from '../../../web/i18n/en.js';
import { sprachen, type Sprache } from '../../../web/i18n/index.js';
import { ru } from '../../../web/i18n/ru.js';
import { tr } from '../../../web/i18n/tr.js';
import { uk } from '../../../web/i18n/uk.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { HttpKunde } from '../../support/http-kunde.js';
import { partnerAnmelden } from '../../support/partner.js';
import { kundenportalSeiten, oeffentlicheSeiten, partnerportalSeiten } from '../../support/portal-seiten.js';

const kataloge: Record<Sprache, Messages> = { de, en, tr, ar, ru, uk };

/**
 * German words every language keeps on purpose: the names of the document catalogue (what the jobcenter files under
 * and the client picks from) and official terms a reader must match on letters, which the translations quote in
 * brackets beside their own word, e.g. "Legal notice (Impressum)". Only these may appear in German.
 */
const fachbegriffe = new Set<string>([
  ...kundenDokumentarten.map((art) => art.name),
  ...partnerDokumentarten.map((art) => art.name),
  'Jobcenter',
  'Kundennummer',
  'BG-Nummer',
  'Eingangsnummer',
  'Dokumentart',
  'Leistung',
  'Vermittlung',
  'Leistung und Vermittlung',
  'Poststelle',
  'Sonstiges',
  'Bürgergeld',
  'Ansprechpartner',
  'Bereich',
  'Kunde',
  'Kundenname',
  'Kunde berechtigt',
  'Impressum',
  'Datenschutz',
  'Leichte Sprache',
]);
const alsMuster = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches a text as a whole word (or words), not as part of a longer one. */
const ganzesWort = (muster: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${muster})(?![\\p{L}\\p{N}])`, flags);
const fachbegriffMuster = ganzesWort(
  [...fachbegriffe]
    .sort((a, b) => b.length - a.length)
    .map(alsMuster)
    .join('|'),
  'gu',
);
/** Puts a mark where a permitted German term stands, in page text and German catalogue text alike. */
const ohneFachbegriffe = (text: string) => text.replace(fachbegriffMuster, '§').replace(/\s+/g, ' ');

const oeffentlich = [
  ...oeffentlicheSeiten,
  '/passwort-neu/abgelaufen',
  '/partner/passwort-neu/abgelaufen',
  '/gibt-es-nicht',
];
const kundenportal = [...kundenportalSeiten, '/kunde/gibt-es-nicht'];
const partnerportal = [...partnerportalSeiten, '/partner/gibt-es-nicht'];
/** Forms sent empty: their error summaries and field errors are visible text too. */
const leereFormulare = {
  kunde: ['/kunde/dokument-senden', '/kunde/mitteilung-senden', '/kunde/passwort'],
  partner: ['/partner/dokument-senden', '/partner/mitteilung-senden', '/partner/passwort'],
};

const entitaeten: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What a reader sees or hears: text between tags and the attributes shown or read out (title, placeholder, labels, alt). */
function sichtbarerText(html: string): string {
  const ohneCode = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  const attribute = [...ohneCode.matchAll(/\s(?:title|placeholder|aria-label|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [ohneCode.replace(/<[^>]*>/g, ' '), ...attribute]
    .join(' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (ganz, name: string) =>
      name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (entitaeten[name] ?? ganz),
    )
    .replace(/\s+/g, ' ');
}

/** German catalogue texts a page in `sprache` must not show: pieces between placeholders, where that language says otherwise. */
function deutscheTexte(sprache: Sprache): Array<{ key: string; text: string; muster: RegExp }> {
  const eigene = kataloge[sprache];
  return (Object.keys(de) as Array<keyof Messages>).flatMap((key) =>
    de[key] === eigene[key]
      ? []
      : de[key]
          .split(/\{\w+\}/)
          .map((stueck) =>
            ohneFachbegriffe(stueck)
              .trim()
              .replace(/^[\s.,:;!?„“”"'()–-]+|[\s.,:;!?„“”"'()–-]+$/g, ''),
          )
          .filter((stueck) => stueck.replace(/[^\p{L}]/gu, '').length >= 5)
          .map((text) => ({ key, text, muster: ganzesWort(alsMuster(text)) })),
  );
}

describe('pages in another language than German show no German catalogue text', { timeout: 120_000 }, () => {
  let app: RunningApp;
  let stop: () => Promise<void>;

  before(async () => {
    const demo = await demoApp();
    ({ app, stop } = demo);
    await demo.t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.zweiterKunde.kundennummer })
      .update({ passwort_aendern: false });
    // News and forms are the jobcenter's own content, written in German by its staff, not catalogue text: neutral here.
    await demo.t.ctx.db('neuigkeiten').update({ titel: 'News', text: '2026' });
    await demo.t.ctx.db('formulare').update({ titel: 'PDF', beschreibung: '2026' });
  });
  after(() => stop?.());

  /** Visits every page (and sends the listed forms empty), naming each German text found with its page. */
  async function pruefen(
    client: HttpKunde,
    sprache: Sprache,
    seiten: string[],
    formulare: string[] = [],
    schon: Array<[string, string]> = [],
  ): Promise<string[]> {
    const gelesen: Array<[string, string]> = [...schon];
    for (const pfad of seiten) gelesen.push([pfad, (await client.holen(pfad)).html]);
    for (const pfad of formulare) {
      await client.holen(pfad);
      gelesen.push([`POST ${pfad}`, (await client.senden(pfad, {})).html]);
    }
    const verboten = deutscheTexte(sprache);
    return gelesen.flatMap(([pfad, html]) => {
      // A fragment (the self-updating status) has no <html>; a whole page must declare the reader's language.
      if (html.includes('<html'))
        assert.match(html, new RegExp(`<html[^>]* lang="${sprache}"`), `${pfad} is served in ${sprache}`);
      const text = ohneFachbegriffe(sichtbarerText(html));
      return verboten
        .filter(({ muster }) => muster.test(text))
        .map(({ key, text: deutsch }) => `${pfad}: ${key} „${deutsch}“`);
    });
  }

  for (const sprache of sprachen.filter((s): s is Exclude<Sprache, 'de'> => s !== 'de')) {
    it(`shows the public and sign-in pages only in ${sprache}`, async () => {
      const besucher = new HttpKunde(app.url);
      await besucher.holen('/anmelden');
      await besucher.senden('/sprache', { sprache, zurueck: '/anmelden' });
      const fehlgeschlagen = await besucher.senden('/anmelden', {
        kundennummer: '999Z999999',
        passwort: 'falsch-falsch',
      });
      assert.deepEqual(
        await pruefen(besucher, sprache, oeffentlich, [], [['POST /anmelden', fehlgeschlagen.html]]),
        [],
      );
    });

    it(`shows every page of the Kundenportal only in ${sprache}`, async () => {
      const kunde = new HttpKunde(app.url);
      await kunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort);
      await kunde.holen('/kunde/einstellungen');
      await kunde.senden('/kunde/sprache', { sprache });
      const gesendet = (await kunde.holen('/kunde/gesendet')).html;
      const status = [...new Set([...gesendet.matchAll(/\/kunde\/gesendet\/[^"/]+\/status/g)].map((m) => m[0]))].slice(
        0,
        3,
      );
      assert.deepEqual(await pruefen(kunde, sprache, [...kundenportal, ...status], leereFormulare.kunde), []);
    });

    it(`shows every page of the Partnerportal only in ${sprache}`, async () => {
      const partner = await partnerAnmelden(app.url, demoLogins.partnerAdmin.email, demoLogins.partnerAdmin.passwort);
      await partner.holen('/partner/einstellungen');
      await partner.senden('/partner/sprache', { sprache });
      assert.deepEqual(await pruefen(partner, sprache, partnerportal, leereFormulare.partner), []);
    });
  }
});
