import assert from 'node:assert/strict';
import { evaluate, firstHitRank, parseQuestions } from '../../src/knowledge/metrics';

describe('eval metrics', () => {
  it('finds an expected string ignoring case and whitespace', () => {
    assert.equal(firstHitRank(['annet', 'Frist:\n31.12.2023 her'], ['frist: 31.12.2023']), 2);
    assert.equal(firstHitRank(['annet'], ['mangler']), null);
  });

  it('computes hit@1, hit@3 and MRR@10 over a small set', () => {
    const results: Record<string, string[]> = {
      a: ['svar A'],
      b: ['x', 'y', 'svar B'],
      c: ['x', 'x', 'x', 'svar C'],
      d: ['ingenting'],
    };
    const report = evaluate(
      ['a', 'b', 'c', 'd'].map((id) => ({ id, q: id, expect: [`svar ${id.toUpperCase()}`] })),
      (q) => results[q]!,
    );
    assert.equal(report.count, 4);
    assert.equal(report.hit1, 0.25);
    assert.equal(report.hit3, 0.5);
    assert.equal(report.mrr10, (1 + 1 / 3 + 1 / 4) / 4);
    assert.deepEqual(report.misses, ['d']);
  });

  it('rejects a malformed questions line with its line number', () => {
    assert.throws(() => parseQuestions('{"id":"1","q":"a","expect":["b"]}\n{oops'), { message: 'line 2: not valid JSON' });
  });
});
