import assert from 'node:assert/strict';
import { analyzeQuestion, askingSentence } from '../../src/knowledge/analyzer';
import { inField, inScope, SCOPE } from '../../src/knowledge/scope';
import { Vocabulary } from '../../src/knowledge/vocabulary';
import path from 'node:path';
import { KnowledgeBase } from '../../src/knowledge';

const vocab = new Vocabulary();
for (const w of 'vold økonomisk digital kontroll partner barn foreldre eldre ferie høst plan tiltak'.split(' ')) vocab.add(w);
vocab.freeze();
const read = (q: string) => analyzeQuestion(q, vocab, 3);

describe('what is inside the field', () => {
  it('takes a close relation and harm told in everyday words as the field', () => {
    assert.equal(inField(read('Mannen tar hele lønna hennes og gir henne 200 kroner i uka')), true);
    assert.equal(inField(read('Kjæresten hennes leser alle meldingene og bestemmer hvem hun følger')), true);
    assert.equal(inField(read('Sønnen har tatt over nettbanken hennes')), true);
    // An everyday word the glossary reads as harm is still the everyday topic.
    assert.equal(inField(read('Hvordan bytter jeg passordet til eleven på skolens nettbrett?')), false);
  });

  it('takes an everyday phrase read as harm as the field when another word names the relation, fillers and all', () => {
    for (const q of ['Ei eldre dame sier sønnen tar pensjonen hennes hver måned, hva gjør jeg?', 'Mannen tar hele lønna hennes, hva gjør vi?']) {
      assert.equal(inField(read(q)), true, q);
      assert.equal(inScope(read(q), 0.25, SCOPE), true, q);
    }
    // The phrase alone names no one: "hvem tar pensjonen min" is about one's own pension.
    assert.equal(inField(read('Hvem tar pensjonen min når jeg slutter?')), false);
    assert.equal(inScope(read('Hvem tar pensjonen min når jeg slutter?'), 0.25, SCOPE), false);
  });

  it('takes harm told in any words as the field, also beside an everyday word', () => {
    const q = read('Kva gjer vi dersom ein pårørande klyp ein bebuar? Vi skal skrive ein rutine før jul.');
    assert.equal(inScope(q, 0.25, SCOPE), false, 'without the harm, "jul" makes it an everyday topic');
    assert.equal(inScope(q, 0.25, SCOPE, true), true);
  });

  it('refuses an everyday workplace topic, also inside a compound and in English', () => {
    for (const q of ['Når er høstferien i år?', 'Hvordan registrerer jeg egenmelding for sykt barn?', 'When is the autumn holiday?', 'How do I register sick leave?', 'Når kommer lønna?']) {
      assert.equal(inScope(read(q), 0.9, SCOPE), false, q);
    }
  });
});

describe('the field model in the scope decision', () => {
  // A stand-in model that knows one everyday word.
  const field = { threshold: 0.5, withoutFieldWord: 0.5, bias: 2, weights: { 'w:kaffemaskinen': -5 } };
  const scope = { ...SCOPE, field };

  it('refuses an everyday question that shares the field\'s words ("ansvar")', () => {
    const q = 'Hvem har ansvar for kaffemaskinen?';
    assert.equal(inScope(read(q), 0.4, scope, false, q), false);
    assert.equal(inScope(read('Hvem har ansvar for tiltak?'), 0.4, scope, false, 'Hvem har ansvar for tiltak?'), true);
  });

  it('answers a question the model is sure is the field\'s, though it names an everyday topic ("pensjonen")', () => {
    const q = 'Hvem tar pensjonen hans hver måned?';
    const sure = { ...SCOPE, field: { threshold: 0.1, withoutFieldWord: 0.3, bias: 5, weights: {} } };
    assert.equal(inScope(read(q), 0.25, sure, false, q), true);
    assert.equal(inScope(read(q), 0.25, { ...sure, fieldAdmit: 2 }, false, q), false, 'without the model\'s word the everyday topic refuses it');
  });

  it('answers where the documents hold most of the question: the municipality speaks of it', () => {
    const q = 'Hvem har ansvar for kaffemaskinen?';
    assert.equal(inScope(read(q), 0.9, scope, false, q), true);
  });

  it('never refuses a question that tells of harm', () => {
    const q = 'Hvem har ansvar for kaffemaskinen når partneren slår henne?';
    assert.equal(inScope(read(q), 0.4, scope, true, q), true);
  });

  it('asks the model about an English question most of whose words the glossary cannot read', () => {
    // "night", "plan" and "colleague" are read; "swap" and "shift" are not, so the documents hold
    // less of it than the 0.7 of its read words.
    const english = { ...scope, field: { ...field, weights: { 'w:swap': -5 } } };
    const q = 'Can I swap the night shift plan with a colleague?';
    assert.equal(read(q).untranslated, 2);
    assert.equal(inScope(read(q), 0.7, english, false, q), false);
    const norsk = 'Kan jeg bytte nattevakt i planen med en kollega?';
    assert.equal(inScope(read(norsk), 0.7, english, false, norsk), true, 'a question read whole is answered where the documents hold most of it');
  });
});

describe('a case told before the question', () => {
  const told = 'En mor i barnehagen fortalte at hun og ungene bodde en stund hos søsteren sin, men nå er de hjemme igjen. Hun virker helt alene med alt. Hva skal kommunen gjøre for henne nå?';

  it('is answered though its many words leave every passage a small share of them', () => {
    assert.ok(read(told).told >= 8);
    assert.equal(inScope(read(told), 0.06, SCOPE), true);
    // The same ask without the case is held to the usual bar.
    assert.equal(inScope(read('Hva skal kommunen gjøre for henne nå?'), 0.06, SCOPE), false);
  });

  it('is answered however little the documents hold of it when it tells of the field', () => {
    assert.equal(inScope(read('Vi har tema om vold på foreldremøtet. Har dere tips til hvordan vi starter samtalen?'), 0.02, SCOPE), true);
  });

  it('is answered when it tells of harm in everyday words beside a word of the field', () => {
    const q = read('Jeg jobber i hjemmesykepleien. En dame sier at mannen tar hele lønna hennes og gir henne 200 kr i uka. Er dette vold?');
    assert.equal(inScope(q, 0.06, SCOPE), true);
  });

  it('is still refused when it is about an everyday topic outside the field', () => {
    const q = 'Jeg har jobbet mye i høst, og kollegaene mine sier jeg burde ta fri en uke før jul. Når er høstferien i år?';
    assert.equal(inScope(read(q), 0.9, SCOPE), false);
  });
});

describe('the asking sentence', () => {
  it('runs from the first sentence with a question mark; what comes before is the situation', () => {
    assert.deepEqual(askingSentence('Jeg er lærer. En elev sa noe rart. Hva gjør jeg?'), { ask: 'Hva gjør jeg?', context: 'Jeg er lærer. En elev sa noe rart.' });
    assert.deepEqual(askingSentence('Hvordan lærer vi barna om følelser? Noen opplegg?'), { ask: 'Hvordan lærer vi barna om følelser? Noen opplegg?', context: '' });
    assert.deepEqual(askingSentence('Hva er meldeplikt?'), { ask: 'Hva er meldeplikt?', context: '' });
    // An aside after the question is situation, not ask.
    assert.deepEqual(askingSentence('Hva er latent vold? Hørte det på et kurs.'), { ask: 'Hva er latent vold?', context: '', aside: 'Hørte det på et kurs.' });
    // Chat typed without capitals still has sentences.
    assert.equal(askingSentence('har en elev som er stille. ingenting konkret. hva gjør jeg da?').ask, 'Hva gjør jeg da?');
  });

  it('weighs an aside after a short question less, though a short question lets the situation before it weigh fully', () => {
    const q = read('Hva er økonomisk vold? Hørte om det på et kurs.');
    assert.equal(q.groups.find((g) => g.word === 'økonomisk')?.weight, 1);
    assert.ok(q.groups.find((g) => g.word === 'kurs')!.weight < 1);
  });

  it('weighs the words of the situation less than those of the asking sentence', () => {
    const q = read('Jeg jobber med eldre. Hva er økonomisk vold i hjemmet?');
    const weight = (w: string) => q.groups.find((g) => g.word === w)?.weight;
    assert.equal(weight('økonomisk'), 1);
    assert.ok(weight('eldre')! < 1);
    assert.equal(q.intent, 'define');
    // An ask of few words ("Hva gjør jeg med det?") leans on the situation, which then weighs fully.
    assert.equal(read('Sønnen tar pengene til moren. Hva gjør jeg med det?').groups.find((g) => g.word === 'pengene')?.weight, 1);
  });
});

describe('the field model over the sample municipality', () => {
  it('answers a home-care worker telling in English of a son taking his old father\'s pension', async () => {
    const { kb } = await KnowledgeBase.fromDirectory(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune'));
    const r = kb.ask('an old man in home care says his son takes his pension every month, what do we do');
    assert.equal(r.answered, true);
    assert.equal(kb.ask('How do I register sick leave?').answered, false);
  });
});
