import assert from 'node:assert/strict';
import { FIELD_MODEL, fieldProbability, outsideField } from '../../src/knowledge/field-model';

// Invented questions, in none of the training sets.
describe('the field word model', () => {
  it('reads an everyday workplace question as outside the field', () => {
    assert.equal(outsideField('Hvordan melder jeg meg på julebordet?', false), true);
  });

  it('reads questions about the plan and about a worried colleague as inside it', () => {
    for (const q of ['Hva gjør jeg hvis jeg er bekymret for et barn?', 'Hvem har ansvar for temadagen om vold?']) {
      assert.equal(outsideField(q, true), false, q);
      assert.equal(outsideField(q, false), false, q);
    }
  });

  it('holds a question without a field word to a bar at least as high as one with', () => {
    assert.ok(FIELD_MODEL.withoutFieldWord >= FIELD_MODEL.threshold);
    assert.ok(FIELD_MODEL.threshold > 0 && FIELD_MODEL.threshold < 0.5);
  });

  it('gives a probability between 0 and 1', () => {
    const p = fieldProbability('Når er temadagen?');
    assert.ok(p > 0 && p < 1);
  });
});
