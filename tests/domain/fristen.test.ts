import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { istFeiertag, ostersonntag } from '../../domain/feiertage.js';
import { arbeitstageZurueck } from '../../domain/fristen.js';
import { berlinZeit } from '../../domain/zeit.js';

describe('working-day deadlines', () => {
  it('counts three working days back within a week', () => {
    // Thursday 26 Nov 2026, 10:00 → Monday 23 Nov, 10:00
    assert.deepEqual(arbeitstageZurueck(berlinZeit(2026, 11, 26, 10), 3), berlinZeit(2026, 11, 23, 10));
  });

  it('skips the weekend', () => {
    // Monday 30 Nov 2026, 09:30 → Wednesday 25 Nov, 09:30
    assert.deepEqual(arbeitstageZurueck(berlinZeit(2026, 11, 30, 9, 30), 3), berlinZeit(2026, 11, 25, 9, 30));
  });

  it('keeps the Berlin wall-clock time across the change to winter time', () => {
    // Tuesday 27 Oct 2026, 08:00 CET → Thursday 22 Oct, 08:00 CEST
    assert.deepEqual(arbeitstageZurueck(berlinZeit(2026, 10, 27, 8), 3), berlinZeit(2026, 10, 22, 8));
  });

  it('skips Good Friday and Easter Monday', () => {
    // Tuesday 7 Apr 2026, 10:00 → Tuesday 31 Mar (3 and 6 April are holidays)
    assert.deepEqual(arbeitstageZurueck(berlinZeit(2026, 4, 7, 10), 3), berlinZeit(2026, 3, 31, 10));
  });

  it('skips Christmas', () => {
    // Monday 28 Dec 2026, 09:00 → Tuesday 22 Dec (25 December is a Friday)
    assert.deepEqual(arbeitstageZurueck(berlinZeit(2026, 12, 28, 9), 3), berlinZeit(2026, 12, 22, 9));
  });
});

describe('nationwide public holidays', () => {
  it('finds Easter Sunday', () => {
    assert.deepEqual(ostersonntag(2024), { monat: 3, tag: 31 });
    assert.deepEqual(ostersonntag(2025), { monat: 4, tag: 20 });
    assert.deepEqual(ostersonntag(2026), { monat: 4, tag: 5 });
    assert.deepEqual(ostersonntag(2027), { monat: 3, tag: 28 });
  });

  it('knows the fixed and the movable holidays, and nothing else', () => {
    for (const [monat, tag] of [
      [1, 1],
      [4, 3],
      [4, 6],
      [5, 1],
      [5, 14],
      [5, 25],
      [10, 3],
      [12, 25],
      [12, 26],
    ])
      assert.ok(istFeiertag(2026, monat!, tag!), `${tag}.${monat}.2026`);
    for (const [monat, tag] of [
      [4, 5],
      [6, 4],
      [11, 1],
      [12, 24],
      [11, 18],
    ])
      assert.equal(istFeiertag(2026, monat!, tag!), false, `${tag}.${monat}.2026`);
  });
});
