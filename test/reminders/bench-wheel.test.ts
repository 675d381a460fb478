import assert from 'node:assert/strict';
import { benchOccurrences } from '../../bench/wheel';

describe('wheel benchmark helper', () => {
  it('computes a year of occurrences for 356 municipalities and reports the median time', () => {
    const { ms, occurrences } = benchOccurrences();
    assert.ok(Number.isFinite(ms) && ms >= 0);
    // Deterministic synthetic plans: the count only changes when the wheel rules change.
    assert.equal(occurrences, 24446);
  });
});
