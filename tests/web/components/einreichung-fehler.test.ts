import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dokumentFehler, mitteilungFehler } from '../../../web/components/einreichung-fehler.js';
import type { DokumentProblem } from '../../../services/eingang/einreichen.js';
import { sprachen, translator } from '../../../web/i18n/index.js';

describe('submission problems', () => {
  it('give every field and code a message in every language, also a client number that is not (or no longer) on file', () => {
    const dokumentFaelle: Array<[string, DokumentProblem]> = [
      ['dokumentart', 'unbekannt'],
      ['datei1', 'datei_fehlt'],
      ['datei2', 'leer'],
      ['datei1', 'zu_gross'],
      ['datei1', 'dateityp'],
      ['dateien', 'zu_viele_dateien'],
      ['dateien', 'zu_gross_zusammen'],
      ['kundennummer', 'unbekannt'],
      ['kundennummer', 'nicht_zugeordnet'],
      ['kundennummer', 'fehlt'],
      ['bg_nummer', 'passt_nicht'],
      ['kundenname', 'passt_nicht'],
      ['kunde_berechtigt', 'fehlt'],
    ];
    for (const sprache of sprachen) {
      const { t } = translator(sprache);
      for (const [feld, code] of dokumentFaelle) assert.ok(t(dokumentFehler(feld, code)), `${sprache} ${feld}:${code}`);
      for (const [feld, code] of [
        ['bereich', 'fehlt'],
        ['betreff', 'fehlt'],
        ['notiz', 'fehlt'],
        ['notiz', 'zu_lang'],
        ['kundennummer', 'unbekannt'],
        ['kunde_berechtigt', 'fehlt'],
      ] as const) {
        const text = t(mitteilungFehler(feld, code));
        assert.ok(typeof text === 'string' && text.length > 0, `${sprache} ${feld}:${code}`);
      }
      assert.equal(t(dokumentFehler('kundennummer', 'unbekannt')), t('fehler.ungueltige_eingabe'));
      assert.equal(t(dokumentFehler('datei1', 'zu_gross')), t('senden.fehler.zu_gross'));
      assert.equal(t(dokumentFehler('kundennummer', 'nicht_zugeordnet')), t('partner.fehler.nicht_zugeordnet'));
    }
  });
});
