import assert from 'node:assert/strict';
import { evaluate, evaluateSet, firstHitRank, parseQuestions } from '../../src/knowledge/metrics';
import { holdsFact, isFragment } from '../../src/knowledge/reading';

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
      (q) => ({ texts: results[q]!, answer: results[q]![0]!, answered: true, confident: q === 'a', emergency: false }),
    );
    assert.equal(report.count, 4);
    assert.equal(report.hit1, 0.25);
    assert.equal(report.hit3, 0.5);
    assert.equal(report.mrr10, (1 + 1 / 3 + 1 / 4) / 4);
    assert.deepEqual(report.misses, ['d']);
  });

  it('judges the answer text as the design defines a fragment', () => {
    assert.equal(isFragment('Tiltak: Frist 31.12.2023.'), false);
    assert.equal(isFragment('Gjør du dette:\n1. Ring\n2. Skriv\n…'), false);
    assert.equal(isFragment('mens resten av planen sier noe.'), true);
    assert.equal(isFragment('• kjenner til tegnene.'), false);
    assert.equal(isFragment('Planen sier at vi skal …'), true);
    assert.equal(isFragment('Planen sier at vi skal ha en plan for'), true);
    assert.equal(isFragment('Tiltak:'), true);
    assert.equal(isFragment(''), true);
  });

  it('finds the fact in the answer text whatever its punctuation and case', () => {
    assert.equal(holdsFact('Ansvar: SLT-koordinator. SLT er pådriver.', ['slt er pådriver']), true);
    assert.equal(holdsFact('Opplæring i nyansatt-programmet', ['nyansatt- programmet']), true);
    assert.equal(holdsFact('Frist: 31.12.2024', ['31.12.2023']), false);
  });

  it('reports what the reader sees: facts held, fragments, words and how often "Svar" is right', () => {
    const answers: Record<string, string> = { a: 'Svaret er A.', b: 'noe annet', c: 'Svaret er C her.' };
    const r = evaluate(
      ['a', 'b', 'c'].map((id) => ({ id, q: id, expect: [`svaret er ${id}`] })),
      (q) => ({ texts: [answers[q]!], answer: answers[q]!, answered: true, confident: q !== 'c', emergency: false }),
    );
    assert.equal(r.holds, 2 / 3);
    assert.equal(r.fragments, 1 / 3);
    assert.equal(r.wordsMedian, 3);
    assert.equal(r.svarPrecision, 1 / 2);
    assert.equal(r.svarRecall, 1 / 2);
  });

  it('reports a set that mixes everyday and plan wording per style as well as per class', () => {
    const set = parseQuestions(
      ['{"id":"1","q":"a","class":"who","style":"everyday","expect":["svar a"]}', '{"id":"2","q":"b","class":"who","style":"plan","expect":["svar b"]}', '{"id":"3","q":"c","class":"when","style":"everyday","expect":["svar c"]}'].join('\n'),
    );
    const r = evaluateSet(set, (q) => ({ texts: [q === 'b' ? 'svar b' : 'nei'], answer: '', answered: true, confident: false, emergency: false }));
    assert.deepEqual(Object.keys(r.classes), ['when', 'who', 'style:everyday', 'style:plan']);
    assert.equal(r.classes['style:plan']!.hit1, 1);
    assert.equal(r.classes['style:everyday']!.hit1, 0);
    assert.equal(r.classes['who']!.count, 2);
  });

  it('rejects a malformed questions line with its line number', () => {
    assert.throws(() => parseQuestions('{"id":"1","q":"a","expect":["b"]}\n{oops'), { message: 'line 2: not valid JSON' });
    assert.throws(() => parseQuestions('{"id":"1","q":"a"}'), { message: /line 1: needs "q" and one of/ });
  });

  it('takes a question judged only on being answered, either way', () => {
    assert.equal(parseQuestions('{"id":"1","q":"a","answered":true}\n{"id":"2","q":"b","answered":false}').length, 2);
  });
});
