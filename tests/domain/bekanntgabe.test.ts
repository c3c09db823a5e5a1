import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bekanntgabe, bekanntgaberegeln, type Bekanntgaberegel } from '../../domain/bekanntgabe.js';
import { berlinZeit } from '../../domain/zeit.js';

describe('deemed notification day of a letter (§ 37 SGB X)', () => {
  it('keeps the third day for a letter alerted before 2025', () => {
    // Alert on Monday 30 Dec 2024 → Thursday 2 Jan 2025
    const b = bekanntgabe('abruf', berlinZeit(2024, 12, 30, 10));
    assert.equal(b.am, '2025-01-02');
    assert.match(b.grundlage, /§ 37 Abs\. 2a Satz 4 SGB X \(Fassung bis 31\.12\.2024\)/);
  });

  it('counts the fourth day for a letter alerted from 1 January 2025 and names the amending law', () => {
    // Alert on Thursday 2 Jan 2025 → Monday 6 Jan 2025
    const b = bekanntgabe('abruf', berlinZeit(2025, 1, 2, 9));
    assert.equal(b.am, '2025-01-06');
    assert.match(b.grundlage, /§ 37 Abs\. 2a Satz 4 SGB X/);
    assert.match(b.grundlage, /PostModG vom 15\.07\.2024, BGBl\. 2024 I Nr\. 236/);
  });

  it('chooses the rule by the Berlin day of the alert, not the UTC day', () => {
    // 31 Dec 2024, 23:30 UTC is already 1 January 2025 in Berlin: the new rule applies.
    assert.equal(bekanntgabe('abruf', new Date('2024-12-31T23:30:00Z')).am, '2025-01-05');
    // 31 Dec 2024, 22:30 UTC is still 31 December in Berlin: the old rule.
    assert.equal(bekanntgabe('abruf', new Date('2024-12-31T22:30:00Z')).am, '2025-01-03');
  });

  it('applies the same dated days to the paper fallback, citing § 37 Abs. 2', () => {
    assert.deepEqual(bekanntgabe('post', berlinZeit(2024, 12, 20, 14)), {
      am: '2024-12-23',
      grundlage: '§ 37 Abs. 2 Satz 1 SGB X (Fassung bis 31.12.2024)',
    });
    const neu = bekanntgabe('post', berlinZeit(2026, 11, 30, 14));
    assert.equal(neu.am, '2026-12-04');
    assert.match(neu.grundlage, /^§ 37 Abs\. 2 Satz 1 SGB X \(Fassung ab 01\.01\.2025/);
  });

  it('does not move the day off a weekend or public holiday', () => {
    // Alert on Tuesday 21 Apr 2026 → Saturday 25 Apr; alert on Monday 21 Dec 2026 → Friday 25 Dec (Christmas)
    assert.equal(bekanntgabe('abruf', berlinZeit(2026, 4, 21, 8)).am, '2026-04-25');
    assert.equal(bekanntgabe('abruf', berlinZeit(2026, 12, 21, 8)).am, '2026-12-25');
  });

  it('counts calendar days across a month end and the change to summer time', () => {
    // Alert on Friday 27 Mar 2026, 23:50 Berlin → Tuesday 31 Mar
    assert.equal(bekanntgabe('abruf', berlinZeit(2026, 3, 27, 23, 50)).am, '2026-03-31');
  });

  it('lets a later change of the law take over from its day while earlier letters keep their rule', () => {
    const spaeter: Bekanntgaberegel[] = [
      ...bekanntgaberegeln,
      { weg: 'abruf', gueltigAb: '2027-07-01', tagNach: 5, grundlage: 'künftige Fassung' },
    ];
    assert.equal(bekanntgabe('abruf', berlinZeit(2027, 6, 30, 12), spaeter).am, '2027-07-04');
    assert.deepEqual(bekanntgabe('abruf', berlinZeit(2027, 7, 1, 12), spaeter), {
      am: '2027-07-06',
      grundlage: 'künftige Fassung',
    });
  });
});
