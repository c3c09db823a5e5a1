import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  briefAb,
  eingangVerfuegbarkeit,
  loeschgrenze,
  standardLoeschfristen,
  verfuegbarBis,
} from '../../domain/loeschkonzept.js';

describe('Löschkonzept', () => {
  it('counts a letter from the earlier of retrieval and the deemed delivery day (Berlin midnight)', () => {
    const abgerufen = new Date('2026-03-20T10:00:00Z');
    assert.deepEqual(
      briefAb({
        abgerufenAm: abgerufen,
        bekanntgabeAm: '2026-03-14',
        postBekanntgabeAm: null,
        benachrichtigtAm: null,
        anPartner: false,
      }),
      new Date('2026-03-13T23:00:00Z'),
    );
    assert.equal(
      briefAb({
        abgerufenAm: null,
        bekanntgabeAm: null,
        postBekanntgabeAm: null,
        benachrichtigtAm: abgerufen,
        anPartner: false,
      }),
      null,
      'a client letter alerted but without Bekanntgabe day is not yet counting',
    );
  });

  it('an item is due exactly when its "verfügbar bis" has passed', () => {
    const ab = new Date('2026-01-01T12:00:00Z');
    const bis = verfuegbarBis(ab, 180)!;
    assert.ok(ab < loeschgrenze(new Date(bis.getTime() + 1), 180));
    assert.ok(!(ab < loeschgrenze(bis, 180)));
  });

  it('an open submission has no date yet; a refused one counts from the refusal with its own Löschfrist', () => {
    const zeit = new Date('2026-02-01T00:00:00Z');
    const basis = { art: 'dokument' as const, erledigtAm: null, aktualisiertAm: zeit, gesperrt: false };
    assert.equal(eingangVerfuegbarkeit({ ...basis, status: 'in_bearbeitung' }, standardLoeschfristen).bis, null);
    assert.deepEqual(
      eingangVerfuegbarkeit({ ...basis, status: 'abgelehnt' }, standardLoeschfristen).bis,
      new Date(zeit.getTime() + standardLoeschfristen.abgelehnt * 86_400_000),
    );
  });
});
