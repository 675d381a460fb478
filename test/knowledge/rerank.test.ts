import assert from 'node:assert/strict';
import { KnowledgeBase, type LoadedDocument } from '../../src/knowledge';
import { NO_RERANK, RERANK, rerank, rerankFeatures, rerankScore, type RerankModel } from '../../src/knowledge/rerank';
import type { Hit } from '../../src/knowledge/retriever';

/** A hit as the search gives it: only its fused score and its rank in each of the seven views matter here. */
const hit = (index: number, score: number, ranks: number[]): Hit => ({
  index,
  score,
  coverage: 0,
  ranks,
  passage: { id: `p${index}`, docIndex: 0, section: index, trail: '', page: null, first: 0, last: 0, text: '' },
});

describe('the reranker', () => {
  it('has a weight for every input it reads', () => {
    assert.equal(RERANK.weights.length, rerankFeatures(hit(0, 1, [1, 1, 1, 0, 0, 0, 0]), 1, 1).length);
  });

  it('puts the window the word and sentence views rank first before one every view ranks in the middle', () => {
    // From a dev question: fused by reciprocal rank, steady fourth to eighth places add up to more
    // than two first places and a poor n-gram rank; the learnt model trusts the two first places.
    const middling = hit(1, 0.072, [4, 8, 6, 0, 0, 0, 0]);
    const between = hit(2, 0.068, [3, 9, 9, 0, 0, 0, 0]);
    const firsts = hit(3, 0.0652, [1, 55, 1, 0, 0, 0, 0]);
    assert.deepEqual(rerank([middling, between, firsts]).map((h) => h.index), [3, 1, 2]);
  });

  it('never puts a window of another municipality before one of the municipality the question names', () => {
    const other = hit(1, 0.09, [1, 1, 1, 0, 0, 0, 0]);
    const named = hit(2, 0.05, [9, 9, 9, 0, 0, 1, 0]);
    assert.deepEqual(rerank([other, named]).map((h) => h.index), [2, 1]);
  });

  it('never puts a window before one that defines just what a "what is" question asks about', () => {
    const repeats = hit(1, 0.09, [1, 1, 1, 0, 2, 0, 0]);
    const defines = { ...hit(2, 0.08, [4, 3, 5, 0, 1, 0, 0]), definesAsked: true };
    assert.deepEqual(rerank([repeats, defines]).map((h) => h.index), [2, 1]);
  });

  it('keeps the fused order past its depth and when told not to rerank', () => {
    const hits = [hit(1, 0.3, [1, 1, 1, 0, 0, 0, 0]), hit(2, 0.2, [2, 2, 2, 0, 0, 0, 0]), hit(3, 0.1, [3, 3, 3, 0, 0, 0, 0])];
    const backwards: RerankModel = { depth: 2, bias: 0, weights: [-5] };
    assert.deepEqual(rerank(hits, backwards).map((h) => h.index), [2, 1, 3]);
    assert.deepEqual(rerank(hits, NO_RERANK).map((h) => h.index), [1, 2, 3]);
  });

  it('keeps the fused order between windows it scores the same', () => {
    const same: RerankModel = { depth: 10, bias: 0, weights: [] };
    const hits = [hit(1, 0.3, [1, 1, 1, 0, 0, 0, 0]), hit(2, 0.2, [2, 2, 2, 0, 0, 0, 0])];
    assert.deepEqual(rerank(hits, same).map((h) => h.index), [1, 2]);
    assert.equal(rerankScore(hits[0]!, 1, 0.3, same), 0);
  });
});

describe('a knowledge base with a reranker', () => {
  const doc: LoadedDocument = {
    id: 'plan.md',
    title: 'Plan',
    source: 'plan.md',
    pages: [{ page: 1, text: '# Kurs\n\nAnsatte i barnehagen får kurs i samtaler med barn hver høst.\n\n# Samtaler\n\nSamtaler med barn om vold læres på kurs for ansatte i skolen.\n' }],
  };

  it('cites the places in the order the reranker gives, the fused order being what it learns from', () => {
    const question = 'Hvilke kurs i samtaler med barn får ansatte?';
    const fused = KnowledgeBase.fromDocuments([doc], { reranker: NO_RERANK });
    const places = fused.places(question, 2);
    assert.equal(places.length, 2);
    assert.equal(fused.ask(question).citations[0]?.text, places[0]!.passage.text);
    const backwards = KnowledgeBase.fromDocuments([doc], { reranker: { depth: 2, bias: 0, weights: [-5] } });
    assert.equal(backwards.ask(question).citations[0]?.text, places[1]!.passage.text);
  });
});
