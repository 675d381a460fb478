import assert from 'node:assert/strict';
import { CONFIDENCE, confidence, features, type Evidence } from '../../src/knowledge/confidence';

const told: Evidence = {
  coverage: 0.45,
  answerShare: 0.35,
  missing: 0.2,
  askShare: 0.35,
  askMissing: 0.2,
  margin: 0.2,
  shape: 'sentence',
  intent: 'howto',
  english: false,
  situation: true,
  kind: null,
};

describe('the card label', () => {
  it('has a weight for every signal it reads', () => {
    assert.equal(CONFIDENCE.weights.length, features(told).length);
  });

  it('is surer of an answer that holds what the asking sentence asks, though not the situation told before it', () => {
    const asked = { ...told, askShare: 0.9, askMissing: 0 };
    assert.ok(confidence(asked) > confidence(told) + 0.1, `${confidence(asked)} against ${confidence(told)}`);
  });

  it('says "Svar" only over its threshold, and never for an answer that holds little of the question', () => {
    const weak = { ...told, coverage: 0.2, answerShare: 0.1, missing: 0.5, askShare: 0.1, askMissing: 0.5, margin: 0 };
    assert.ok(confidence(weak) < CONFIDENCE.threshold);
  });
});
