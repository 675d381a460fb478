import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/knowledge';
import { SCOPE } from '../../src/knowledge/scope';
import { admitted, RULES_ONLY, SCOPE_MODEL, scopeFeatures, scopeProbability, type ScopeModel, type ScopeReading } from '../../src/knowledge/scope-model';

/** A question the rules admit: the documents hold some of it, it names no field word. */
const reading = (over: Partial<ScopeReading> = {}): ScopeReading => ({
  rules: true,
  fieldProbability: 0.5,
  coverage: 0.3,
  named: false,
  harm: false,
  caseTold: false,
  words: 6,
  untranslated: 0,
  ...over,
});

describe('the learnt scope model', () => {
  it('leaves the verdict to the rules when it has no weights', () => {
    assert.equal(admitted(reading({ rules: true, fieldProbability: 0 }), RULES_ONLY), true);
    assert.equal(admitted(reading({ rules: false, fieldProbability: 1 }), RULES_ONLY), false);
  });

  it('refuses a question the rules admit when the field model reads it as an everyday one', () => {
    // A stand-in model: the field model's log-odds and the rules' verdict, weighed alike.
    const model = { bias: 0, weights: [1, 0, 0, 0, 0, 0, 0, 1], threshold: 0.5 };
    assert.equal(admitted(reading({ fieldProbability: 0.05 }), model), false, 'log-odds −2.9 outweigh the rules');
    assert.equal(admitted(reading({ fieldProbability: 0.4 }), model), true);
    assert.equal(admitted(reading({ rules: false, fieldProbability: 0.4 }), model), false, 'the same words, without the rules\' word');
  });

  it('reads a certain field model as finite log-odds', () => {
    for (const p of [0, 1]) assert.ok(scopeFeatures(reading({ fieldProbability: p })).every(Number.isFinite), String(p));
  });

  it('reads an English question whose words the glossary could not read as less held', () => {
    const read = scopeFeatures(reading({ words: 3, untranslated: 3 }));
    assert.equal(read[5], 0.5);
  });

  it('ships a model that weighs each input and has a threshold', () => {
    assert.equal(SCOPE_MODEL.weights.length, scopeFeatures(reading()).length);
    assert.ok(SCOPE_MODEL.threshold > 0 && SCOPE_MODEL.threshold < 1);
    // More of the question held by the documents, and the field's words, make it more the field's.
    assert.ok(scopeProbability(reading({ coverage: 0.6 })) > scopeProbability(reading({ coverage: 0.1 })));
    assert.ok(scopeProbability(reading({ fieldProbability: 0.9 })) > scopeProbability(reading({ fieldProbability: 0.1 })));
  });
});

describe('the scope model in ask', () => {
  const kb = (model: ScopeModel) =>
    KnowledgeBase.fromDocuments(
      [{ id: 'plan.md', title: 'Plan', source: 'plan.md', pages: [{ page: null, text: '# Meldeplikt\n\nAnsatte har meldeplikt til barnevernet ved mistanke om vold mot barn.\n' }] }],
      { scope: { ...SCOPE, model } },
    );
  const question = 'Når har ansatte meldeplikt til barnevernet?';

  it('has the last word over the rules, and reports what it read', () => {
    const rules = kb(RULES_ONLY).ask(question);
    assert.equal(rules.answered, true);
    assert.equal(rules.scope?.rules, true);
    assert.equal(rules.scope?.named, true);
    // A stand-in model that reads nothing as the field's.
    const refusing = kb({ bias: -10, weights: [0, 0, 0, 0, 0, 0, 0, 0], threshold: 0.5 }).ask(question);
    assert.equal(refusing.answered, false);
    assert.deepEqual(refusing.citations, []);
    assert.equal(refusing.scope?.rules, true, 'the rules admitted it');
  });

  it('still flags an emergency it reads as outside the field', () => {
    const r = kb({ bias: -10, weights: [0, 0, 0, 0, 0, 0, 0, 0], threshold: 0.5 }).ask('Han står utenfor døra med kniv nå, hjelp!');
    assert.equal(r.emergency, true);
  });
});
