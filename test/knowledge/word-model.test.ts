import assert from 'node:assert/strict';
import { features, probability, trainWords, type LabelledText } from '../../src/knowledge/word-model';

// Invented messages: the snow-clearing ones are the class looked for.
const EXAMPLES: LabelledText[] = [
  { text: 'når kommer brøytebilen i morgen', positive: true },
  { text: 'brøytebilen har ikke vært her', positive: true },
  { text: 'kan brøytebilen komme tidligere', positive: true },
  { text: 'når er bassenget åpent', positive: false },
  { text: 'bassenget er stengt i dag', positive: false },
  { text: 'hvem vasker bassenget Kvistadbakken', positive: false },
];

describe('the word model', () => {
  it('reads words, word pairs and character 4-grams, each once', () => {
    const f = features('Snø snø');
    assert.ok(f.includes('w:snø') && f.includes('b:snø snø') && f.includes('c: snø'));
    assert.equal(new Set(f).size, f.length);
  });

  it('learns the words that part the classes', () => {
    const model = trainWords(EXAMPLES);
    assert.ok(model.weights['w:brøytebilen']! > 0);
    assert.ok(model.weights['w:bassenget']! < 0);
    assert.ok(probability(model, 'brøytebilen er sen') > 0.5);
    assert.ok(probability(model, 'bassenget er kaldt') < 0.5);
  });

  it('leaves out features seen in one message only: names and typos', () => {
    assert.equal(trainWords(EXAMPLES).weights['w:kvistadbakken'], undefined);
  });

  it('gives the same weights, in the same order, for the same messages however often it is trained', () => {
    const first = trainWords(EXAMPLES);
    trainWords(EXAMPLES.slice(1));
    const again = trainWords(EXAMPLES);
    assert.deepEqual(Object.entries(again.weights), Object.entries(first.weights));
    assert.equal(again.bias, first.bias);
  });

  it('counts what it has seen in the messages it trains on, not in those read before', () => {
    // "komm" stands in "kommer" and "komme": twice in all, once without the third message.
    assert.notEqual(trainWords(EXAMPLES).weights['c:komm'], undefined);
    const part = trainWords(EXAMPLES.filter((_, k) => k !== 2));
    assert.equal(part.weights['c:komm'], undefined);
  });
});
