import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kundenDokumentarten, partnerDokumentarten } from '../../domain/katalog.js';
import {
  weiterleitungFuerDokument,
  weiterleitungFuerMitteilung,
  weiterleitungNachBereich,
} from '../../domain/routing.js';

const zustaendige = { leistungssachbearbeiterId: 11, ansprechpartnerId: 22 };
const erwartet: Record<string, 'leistung' | 'vermittlung' | 'poststelle'> = {
  'Arbeitsunfähigkeitsbescheinigung (Krankmeldung)': 'vermittlung',
  Arbeitsvertrag: 'leistung',
  Kontoauszüge: 'leistung',
  Kündigung: 'leistung',
  Lebenslauf: 'vermittlung',
  Lohnabrechnung: 'leistung',
  Nebenkostenabrechnung: 'leistung',
  Sonstiges: 'poststelle',
  'Sonstiges - Leistung': 'leistung',
  'Sonstiges - Vermittlung': 'vermittlung',
  Weiterbewilligungsantrag: 'leistung',
};

describe('routing', () => {
  for (const { name } of kundenDokumentarten) {
    it(`routes the client's "${name}" to ${erwartet[name]} and its responsible person`, () => {
      const { teams, zugewiesenAn } = weiterleitungFuerDokument(name, 'kunde', zustaendige);
      assert.deepEqual(teams, [erwartet[name]]);
      assert.equal(zugewiesenAn, { leistung: 11, vermittlung: 22, poststelle: null }[erwartet[name]!]);
    });
  }

  it('covers every client Dokumentart of the catalogue in this test', () => {
    assert.deepEqual(kundenDokumentarten.map((d) => d.name).sort(), Object.keys(erwartet).sort());
  });

  for (const { name, team } of partnerDokumentarten) {
    it(`routes the partner's "${name}" to ${team}`, () => {
      assert.deepEqual(weiterleitungFuerDokument(name, 'partner', zustaendige).teams, [team]);
    });
  }

  it('routes an unknown Dokumentart to the Poststelle, unassigned', () => {
    assert.deepEqual(weiterleitungFuerDokument('Unbekannt', 'scan', zustaendige), {
      teams: ['poststelle'],
      zugewiesenAn: null,
    });
  });

  it('sends a Mitteilung "Leistung und Vermittlung" to both teams and "Leistung" to one', () => {
    assert.deepEqual(weiterleitungFuerMitteilung('leistung_und_vermittlung', zustaendige), {
      teams: ['leistung', 'vermittlung'],
      zugewiesenAn: null,
    });
    assert.deepEqual(weiterleitungFuerMitteilung('leistung', zustaendige), { teams: ['leistung'], zugewiesenAn: 11 });
  });

  it('leaves the person open when the client has none', () => {
    assert.equal(
      weiterleitungFuerDokument('Lebenslauf', 'kunde', { leistungssachbearbeiterId: null, ansprechpartnerId: null })
        .zugewiesenAn,
      null,
    );
    assert.deepEqual(weiterleitungNachBereich('vermittlung', zustaendige), {
      teams: ['vermittlung'],
      zugewiesenAn: 22,
    });
  });
});
