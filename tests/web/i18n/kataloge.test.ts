import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar } from '../../../web/i18n/ar.js';
import { de, type Messages } from '../../../web/i18n/de.js';
import { en } from '../../../web/i18n/en.js';
import { sprachen, sprachNamen, translator, type Sprache } from '../../../web/i18n/index.js';
import { ru } from '../../../web/i18n/ru.js';
import { tr } from '../../../web/i18n/tr.js';
import { uk } from '../../../web/i18n/uk.js';

const kataloge: Record<Sprache, Messages> = { de, en, tr, ar, ru, uk };
const deutscheSchluessel = Object.keys(de).sort();
const platzhalter = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('message catalogues', () => {
  for (const sprache of sprachen.filter((s) => s !== 'de')) {
    const katalog = kataloge[sprache];

    it(`${sprache} has exactly the German keys, none missing and none extra`, () => {
      assert.deepEqual(Object.keys(katalog).sort(), deutscheSchluessel);
    });

    it(`${sprache} has no empty message`, () => {
      const leer = Object.entries(katalog).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      assert.deepEqual(leer, []);
    });

    it(`${sprache} keeps the same {placeholders} as German in every message`, () => {
      const abweichend = deutscheSchluessel.filter(
        (key) =>
          platzhalter(katalog[key as keyof Messages] ?? '').join() !== platzhalter(de[key as keyof Messages]).join(),
      );
      assert.deepEqual(abweichend, []);
    });

    it(`${sprache} is what the translator serves for that language`, () => {
      const i18n = translator(sprache);
      assert.equal(i18n.sprache, sprache);
      for (const key of deutscheSchluessel) assert.equal(i18n.t(key as keyof Messages), katalog[key as keyof Messages]);
    });
  }

  it('names every language in its own script, German included', () => {
    assert.deepEqual(Object.keys(sprachNamen).sort(), [...sprachen].sort());
    assert.equal(sprachNamen.ar, 'العربية');
    assert.equal(sprachNamen.uk, 'Українська');
  });

  it('writes Arabic right to left and every other language left to right', () => {
    for (const sprache of sprachen) assert.equal(translator(sprache).dir, sprache === 'ar' ? 'rtl' : 'ltr', sprache);
  });

  it('falls back to German for an unknown or missing language', () => {
    for (const unbekannt of ['fr', '', 'AR', undefined]) {
      const i18n = translator(unbekannt);
      assert.equal(i18n.sprache, 'de');
      assert.equal(i18n.dir, 'ltr');
      assert.equal(i18n.t('app.titel'), de['app.titel']);
    }
  });

  it('fills placeholders in a translated message', () => {
    assert.equal(translator('tr').tf('termine.ics.ort', { raum: 'C 1.01' }), 'Oda C 1.01');
  });
});
