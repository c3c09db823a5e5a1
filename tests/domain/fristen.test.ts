import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
