import assert from 'node:assert/strict';
import { detectEmergency, modelAlarm } from '../../src/knowledge/emergency';
import { emergencyProbability, features, train, type EmergencyModel, type Example } from '../../src/knowledge/emergency-model';
import shipped from '../../src/knowledge/emergency-model.json';

// Invented lines: a danger told without any of the rules' words, and calm questions.
const danger = [
  'den store karen sitter fremdeles i gangen og lar ingen gå',
  'karen i gangen lar ingen gå ut, døra er sperret med sofaen',
  'han sitter i gangen med sofaen foran døra og lar ingen gå',
  'mora får ikke gå ut, karen sitter i gangen',
  'karen har sperret gangen og ungene får ikke gå ut',
  'ingen får gå, karen i gangen passer på døra',
];
const calm = [
  'hvor finner jeg skjemaet for bekymringsmelding',
  'hvem har ansvar for temadagen i februar',
  'når er neste møte i ressursgruppa',
  'hvor finner jeg skjemaet for temadagen',
  'hvem har ansvar for møtet i ressursgruppa',
  'skjemaet for møtet i februar, hvor finner jeg det',
];
const examples: Example[] = [...danger.map((text) => ({ text, emergency: true })), ...calm.map((text) => ({ text, emergency: false }))];

describe('the emergency word model', () => {
  it('reads words, word pairs and character 4-grams, case and spelling folded', () => {
    const f = features('Han STÅR i gangen');
    assert.ok(f.includes('w:står'));
    assert.ok(f.includes('b:står i'));
    assert.ok(f.includes('c: gan'));
    assert.ok(f.includes('c:gen '));
    assert.ok(!f.some((x) => /[A-Z]/.test(x)));
  });

  it('learns to tell a danger from a calm question it was not trained on', () => {
    const model = train(examples);
    assert.ok(emergencyProbability(model, 'karen sitter i gangen og lar ingen gå ut') > 0.5);
    assert.ok(emergencyProbability(model, 'hvem har ansvar for skjemaet i februar') < 0.5);
  });

  it('gives the same model from the same examples, so a retrained file only changes with its data', () => {
    assert.deepEqual(train(examples), train(examples));
  });

  it('leaves out words seen in one example only: they are names and typos', () => {
    const model = train([...examples, { text: 'xyzzy plugh', emergency: true }]);
    assert.equal(model.weights['w:xyzzy'], undefined);
  });
});

describe('the model beside the emergency rules', () => {
  const model: EmergencyModel = { threshold: 0.5, veto: 0, ...train(examples) };
  const told = 'karen sitter i gangen og lar ingen gå ut';

  it('raises the alarm on a danger the rules have no words for', () => {
    assert.equal(detectEmergency(told, { ...model, threshold: 2 }).emergency, false);
    assert.equal(detectEmergency(told, model).emergency, true);
    assert.equal(modelAlarm(told, model), true);
  });

  it('is silenced by practice, fiction and a case told as over, like the rules', () => {
    assert.equal(detectEmergency(`I rollespillet: ${told}`, model).emergency, false);
    assert.equal(detectEmergency(`${told}. Saken er nå avsluttet.`, model).emergency, false);
  });

  it('never takes an alarm away from the rules', () => {
    const never: EmergencyModel = { threshold: 2, veto: 0, bias: -50, weights: {} };
    assert.equal(detectEmergency('Han står utenfor døra og truer med å drepe meg', never).emergency, true);
  });

  it("overrules a rule's alarm only where it is all but sure there is no danger", () => {
    const idiom = 'Mamma kommer til å drepe meg hvis jeg glemmer bursdagen hennes';
    const calmModel: EmergencyModel = { ...model, veto: 0.01, bias: -20 };
    assert.equal(detectEmergency(idiom, { ...calmModel, veto: 0 }).emergency, true);
    assert.equal(detectEmergency(idiom, calmModel).emergency, false);
  });

  it('ships trained, with its threshold and veto chosen by cross-validation', () => {
    assert.ok(shipped.threshold >= 0.5 && shipped.threshold < 1);
    assert.ok(shipped.veto > 0 && shipped.veto < 0.1);
    assert.ok(Object.keys(shipped.weights).length > 1000);
  });
});
