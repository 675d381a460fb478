import assert from 'node:assert/strict';
import { composeAnswer, sentences } from '../../src/knowledge/answer';
import { stem } from '../../src/knowledge/stem';
import { Vocabulary } from '../../src/knowledge/vocabulary';

const vocab = new Vocabulary();
vocab.freeze();

describe('answer composition', () => {
  it('splits flattened table lines into sentences at capitalised lines', () => {
    assert.deepEqual(sentences('Ansvar:\nRektor setter av tid\nslik at alle deltar.\nFrist: 1.1.2026'), [
      'Ansvar:',
      'Rektor setter av tid slik at alle deltar.',
      'Frist: 1.1.2026',
    ]);
  });

  it('picks the sentence sharing most question terms, in document order with a neighbour', () => {
    const text = 'Kommunen har mange tiltak. Krisesenteret gir råd til voldsutsatte døgnet rundt. Parkering finnes bak huset.';
    const terms = new Map([
      [stem('krisesenteret'), 2],
      [stem('råd'), 1],
    ]);
    const a = composeAnswer(text, terms, vocab);
    assert.ok(a.includes('Krisesenteret gir råd til voldsutsatte døgnet rundt.'));
    assert.ok(!a.includes('Parkering'));
  });

  it('never returns text that is not in the passage', () => {
    const text = 'Første setning om vold.\nAndre setning om tiltak.';
    const a = composeAnswer(text, new Map([[stem('tiltak'), 1]]), vocab);
    assert.ok(text.replace(/\s+/g, ' ').includes(a));
  });
});
