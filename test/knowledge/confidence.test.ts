import assert from 'node:assert/strict';
import { CONFIDENCE, confidence, features, type Evidence } from '../../src/knowledge/confidence';

const answer: Evidence = {
  coverage: 0.45,
  answerShare: 0.35,
  missing: 0.2,
  margin: 0.2,
  score: 0.08,
  placeProbability: 0.4,
  shape: 'sentence',
  intent: 'howto',
  english: false,
  situation: true,
  kind: null,
};

describe('the card label', () => {
  it('has a weight for every signal it reads', () => {
    assert.equal(CONFIDENCE.weights.length, features(answer).length);
  });

  it('is surer of an answer whose text holds more of the question', () => {
    const holding = { ...answer, answerShare: 0.9, missing: 0 };
    assert.ok(confidence(holding) > confidence(answer), `${confidence(holding)} against ${confidence(answer)}`);
  });

  it('is surer of a passage more of the retriever\'s views rank high', () => {
    const agreed = { ...answer, score: 0.14 };
    assert.ok(confidence(agreed) > confidence(answer), `${confidence(agreed)} against ${confidence(answer)}`);
  });

  it('is surer of a place the reranker reads as holding what was asked', () => {
    const likely = { ...answer, placeProbability: 0.8 };
    assert.ok(confidence(likely) > confidence(answer), `${confidence(likely)} against ${confidence(answer)}`);
  });

  it('never says "Svar" for an answer that holds little of the question', () => {
    const weak = { ...answer, coverage: 0.2, answerShare: 0.1, missing: 0.5, margin: 0, placeProbability: 0.1 };
    assert.ok(confidence(weak) < CONFIDENCE.threshold);
  });
});
