import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFrist } from '../../domain/scan-frist.js';
import { prognose, warnanlaesse, type LieferungStand } from '../../domain/scan-lieferung.js';
import { berlinZeit } from '../../domain/zeit.js';

describe('scan deadline: 15:00 Berlin time on the next working day', () => {
  it('is the next day for a delivery scanned Monday to Thursday', () => {
    assert.deepEqual(scanFrist('2026-11-26'), berlinZeit(2026, 11, 27, 15));
    assert.equal(scanFrist('2026-11-26').toISOString(), '2026-11-27T14:00:00.000Z');
  });

  it('skips the weekend and Whit Monday for a delivery scanned on the Friday before', () => {
    // Friday 22 May 2026; 25 May is Pfingstmontag → Tuesday 26 May, 15:00 CEST
    assert.equal(scanFrist('2026-05-22').toISOString(), '2026-05-26T13:00:00.000Z');
  });

  it('skips Christmas for a delivery scanned on Christmas Eve (the holiday is a Friday)', () => {
    assert.equal(scanFrist('2026-12-24').toISOString(), '2026-12-28T14:00:00.000Z');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Thursday 2 April 2026 → Tuesday 7 April
    assert.equal(scanFrist('2026-04-02').toISOString(), '2026-04-07T13:00:00.000Z');
  });

  it('counts from the next working day when scanned on a Saturday', () => {
    assert.equal(scanFrist('2026-11-28').toISOString(), '2026-11-30T14:00:00.000Z');
  });
});

describe('scan delivery at risk', () => {
  const stand = (teil: Partial<LieferungStand>): LieferungStand => ({
    geschlossen: false,
    erwartet: 100,
    angenommen: 100,
    nichtGestartet: 0,
    inVerarbeitung: 0,
    fertig: 0,
    zuordnungSeit: null,
    begonnenAm: null,
    ...teil,
  });
  const frist = berlinZeit(2026, 5, 26, 15);
  const stunde = 3_600_000;

  it('projects the pace so far: 10 of 100 in one hour ends nine hours later', () => {
    const jetzt = berlinZeit(2026, 5, 26, 6);
    const begonnenAm = new Date(jetzt.getTime() - stunde).toISOString();
    assert.deepEqual(prognose(stand({ fertig: 10, begonnenAm }), jetzt), new Date(jetzt.getTime() + 9 * stunde));
  });

  it('warns when the projection passes 15:00, not when it stays before', () => {
    const jetzt = berlinZeit(2026, 5, 26, 6);
    const begonnenAm = new Date(jetzt.getTime() - stunde).toISOString();
    assert.deepEqual(warnanlaesse(stand({ fertig: 10, begonnenAm }), jetzt, frist, stunde), []);
    assert.deepEqual(warnanlaesse(stand({ fertig: 5, begonnenAm }), jetzt, frist, stunde), ['frist_gefaehrdet']);
  });

  it('warns once the deadline has passed with documents still open, and never for a finished delivery', () => {
    const danach = berlinZeit(2026, 5, 26, 15, 1);
    assert.deepEqual(warnanlaesse(stand({}), danach, frist, stunde), ['frist_gefaehrdet']);
    assert.deepEqual(warnanlaesse(stand({ fertig: 100 }), danach, frist, stunde), []);
  });

  it('warns when a document has waited for Zuordnen longer than allowed', () => {
    const jetzt = berlinZeit(2026, 5, 26, 10);
    const zuordnungSeit = new Date(jetzt.getTime() - 2 * stunde).toISOString();
    assert.deepEqual(warnanlaesse(stand({ zuordnungSeit }), jetzt, frist, 3 * stunde), []);
    assert.deepEqual(warnanlaesse(stand({ zuordnungSeit }), jetzt, frist, stunde), ['zuordnung_wartet']);
  });
});
