import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  antwortDokumentart,
  antwortbogenKodieren,
  qrInhaltLesen,
  qrSchluesselLesen,
  trennblattInhalt,
} from '../../domain/antwortbogen-code.js';

const alt = { id: 'k1', geheimnis: 'das-alte-geheimnis-mit-genug-zeichen-123456' };
const neu = { id: 'k2', geheimnis: 'das-neue-geheimnis-mit-genug-zeichen-654321' };
const bogen = {
  kundennummer: '100D000001',
  referenz: 'A26-7KQ2-M9XD',
  dokumentart: 'Arbeitsunfähigkeitsbescheinigung (Krankmeldung)',
};

describe('Antwortbogen code', () => {
  it('reads back what it signed, umlauts and separators in fields included', () => {
    const text = antwortbogenKodieren({ ...bogen, referenz: 'Zugang; 2026-12-02' }, neu);
    assert.match(text, /^JCQR1;A;100D000001;Zugang%3B%202026-12-02;Arbeitsunf%C3%A4higkeits.*;k2;[A-Za-z0-9_-]{22}$/);
    assert.deepEqual(qrInhaltLesen(text, [neu]), {
      art: 'antwortbogen',
      bogen: { ...bogen, referenz: 'Zugang; 2026-12-02' },
    });
  });

  it('refuses every single altered field and a changed signature', () => {
    const text = antwortbogenKodieren(bogen, alt);
    const felder = text.split(';');
    for (const [i, ersatz] of [
      [2, '100D000002'],
      [3, 'A26-7KQ2-M9XE'],
      [4, 'Kontoausz%C3%BCge'],
    ] as const) {
      const veraendert = felder.map((f, j) => (j === i ? ersatz : f)).join(';');
      assert.deepEqual(qrInhaltLesen(veraendert, [alt]), { art: 'ungueltig', grund: 'signatur' });
    }
    const sig = felder[6]!;
    const andereSig = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    assert.equal(qrInhaltLesen([...felder.slice(0, 6), andereSig].join(';'), [alt]).art, 'ungueltig');
  });

  it('refuses a code signed with a secret it does not know, and one naming an unknown key', () => {
    const gefaelscht = antwortbogenKodieren(bogen, { id: 'k1', geheimnis: 'jemand-anderes-geheimnis-0000000000000' });
    assert.deepEqual(qrInhaltLesen(gefaelscht, [alt]), { art: 'ungueltig', grund: 'signatur' });
    assert.deepEqual(qrInhaltLesen(antwortbogenKodieren(bogen, neu), [alt]), { art: 'ungueltig', grund: 'schluessel' });
  });

  it('verifies letters signed with the previous key after a rotation', () => {
    const schluessel = qrSchluesselLesen(`k2:${neu.geheimnis},k1:${alt.geheimnis}`);
    assert.equal(qrInhaltLesen(antwortbogenKodieren(bogen, alt), schluessel).art, 'antwortbogen');
    assert.equal(qrInhaltLesen(antwortbogenKodieren(bogen, neu), schluessel).art, 'antwortbogen');
  });

  it('tells separator sheets, malformed codes of ours and other QR codes apart', () => {
    assert.deepEqual(qrInhaltLesen(trennblattInhalt, [alt]), { art: 'trennblatt' });
    assert.deepEqual(qrInhaltLesen('JCQR1;A;100D000001', [alt]), { art: 'ungueltig', grund: 'format' });
    assert.deepEqual(qrInhaltLesen('BCD\n002\n1\nSCT\nBIC', [alt]), { art: 'fremd' });
  });

  it('refuses short secrets and malformed key lists', () => {
    assert.throws(() => qrSchluesselLesen('k1:kurz'), /at least 32/);
    assert.throws(() => qrSchluesselLesen('ohne-doppelpunkt'), /id:secret/);
    assert.throws(() => qrSchluesselLesen(`k1:${alt.geheimnis},k1:${neu.geheimnis}`), /unique/);
  });

  it('expects a reply as the letter itself where clients send that kind, else Sonstiges of its Bereich', () => {
    assert.equal(
      antwortDokumentart({ dokumentart: 'Weiterbewilligungsantrag', bereich: 'leistung' }),
      'Weiterbewilligungsantrag',
    );
    assert.equal(antwortDokumentart({ dokumentart: 'Bescheid', bereich: 'leistung' }), 'Sonstiges - Leistung');
    assert.equal(antwortDokumentart({ dokumentart: 'Einladung', bereich: 'vermittlung' }), 'Sonstiges - Vermittlung');
    assert.equal(antwortDokumentart({ dokumentart: 'Zugang', bereich: null }), 'Sonstiges');
  });
});
