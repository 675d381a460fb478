import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCuratedFolder } from '../../src/curated/data';
import { analyzeQuestion, termOf } from '../../src/knowledge/analyzer';
import { KnowledgeBase, MATCH_DEFAULTS, NO_STAFF_WORDS, StaffWords, type CuratedData } from '../../src/knowledge';
import { Vocabulary } from '../../src/knowledge/vocabulary';

const SAMPLE = join(__dirname, '..', '..', 'data', 'eksempel-kommune');
const entry = (id: string, questions: string[], answer = `Svar ${id}.`) => ({ id, questions, answer, source: `Kilde ${id}` });

describe('curated answers in the engine', () => {
  let kb: KnowledgeBase;
  let sample: CuratedData;
  before(async () => {
    kb = (await KnowledgeBase.fromDirectory(SAMPLE)).kb;
    sample = (await readCuratedFolder(SAMPLE)).data;
  });

  it('gives a curated answer to a question in other words, first, as "Svar", with its source', () => {
    const r = kb.ask('Hva gjør man med en bekymring for et barn når man ikke har noe håndfast?', { curated: sample });
    assert.equal(r.curated?.question, 'Hva gjør jeg når jeg er urolig for et barn, men ikke har noe konkret?');
    assert.match(r.answer, /^Ta uroen på alvor/);
    assert.equal(r.confident, true);
    assert.equal(r.answered, true);
    assert.match(r.curated!.source, /Handlingsveileder/);
    assert.ok(r.citations.length > 0, 'the documents\' passages are still there for "Les mer"');
  });

  it('answers from the documents, as before, when no curated answer matches', () => {
    const q = 'Når er temadagen om vold i nære relasjoner?';
    const withList = kb.ask(q, { curated: sample });
    assert.equal(withList.curated, undefined);
    assert.deepEqual(withList, kb.ask(q));
  });

  it('matches an English question through the glossary', () => {
    assert.equal(kb.ask('What does economic violence mean?', { curated: sample }).curated?.question, 'Hva er økonomisk vold?');
  });

  it('never puts a curated answer before the guide\'s acute-danger passage, nor under "mer"', () => {
    const danger = 'Faren truer med kniv nå, hva gjør jeg?';
    const list: CuratedData = { answers: [entry('x', [danger])], staffWords: NO_STAFF_WORDS };
    assert.ok(kb.matcherFor(list).match(danger), 'the question itself would match');
    const r = kb.ask(danger, { curated: list });
    assert.equal(r.emergency, true);
    assert.equal(r.curated, undefined);
    const calm = 'Hvem ringer jeg om kvelden hvis jeg er bekymret for et barn?';
    assert.ok(kb.ask(calm, { curated: sample }).curated);
    assert.equal(kb.ask(calm, { curated: sample, offset: 3 }).curated, undefined);
  });

  it('does not answer a question of another kind with it: "how many" is not "who do I call"', () => {
    const list: CuratedData = { answers: [entry('e', ['Hvem ringer jeg om eldre som blir utsatt for vold?'])], staffWords: NO_STAFF_WORDS };
    assert.ok(kb.matcherFor(list).match('Hvem kontakter jeg om eldre som blir utsatt for vold?'));
    assert.equal(kb.matcherFor(list).match('Hvor mange eldre blir utsatt for vold?'), undefined);
  });

  it('does not answer a question that shares only a common word with it', () => {
    assert.equal(kb.ask('Hva er vold?', { curated: sample }).curated, undefined);
    assert.equal(kb.ask('Hvem har ansvar for temadagen?', { curated: sample }).curated, undefined);
  });

  it('takes a question that holds a whole variant, told inside a situation of its own, as asking it', () => {
    const list: CuratedData = { answers: [entry('w', ['Hvem ringer jeg om kvelden hvis jeg er bekymret for et barn?'])], staffWords: NO_STAFF_WORDS };
    const told = 'Sitter hjemme etter en lang vakt og tenker på en gutt fra klassen min som var helt stille og blek i dag, satt alene i friminuttet og ville ikke spise matpakka. Jeg er bekymret for barnet. Hvem ringer jeg nå om kvelden?';
    assert.equal(kb.matcherFor(list).match(told)?.entry.id, 'w');
    // Without the rule the situation's words drown the variant.
    assert.equal(kb.matcherFor(list, { ...MATCH_DEFAULTS, wholeVariant: 2 }).match(told), undefined);
    // A question that holds only part of the variant is still held to the usual bar.
    assert.equal(kb.matcherFor(list).match('Sitter hjemme etter en lang vakt og tenker på en gutt fra klassen min. Hvem ringer jeg?'), undefined);
  });

  it('reads the list\'s own words as words, not as typos of the documents\' ("jente" is not "vente")', () => {
    // "jente" is not in the sample documents; read as a word, the glossary makes it a "barn".
    const list: CuratedData = { answers: [entry('j', ['Hva gjør jeg når et barn blir slått?'])], staffWords: NO_STAFF_WORDS };
    assert.equal(kb.matcherFor(list).match('Hva gjør jeg når ei jente blir slått?')?.entry.id, 'j');
  });
});

describe('staff words (the list "Synonymer")', () => {
  const vocab = new Vocabulary();
  for (const w of 'magefølelse bekymring barn vold kveld barnevernvakten knott'.split(' ')) vocab.add(w);
  vocab.freeze();
  const staff = new StaffWords([{ word: 'uro', planWords: ['magefølelse'] }, { word: 'vakta', planWords: ['barnevernvakten'] }]);
  const termsOf = (q: string, s = staff) => new Map(analyzeQuestion(q, vocab, 3, 0.5, s).groups.map((g) => [g.word, g.terms]));

  it('lets a staff word also search its plan words, at the weight of a general word', () => {
    const vakta = termsOf('Ring vakta').get('vakta')!;
    assert.equal(vakta.get(termOf('vakta')), 1);
    assert.equal(vakta.get(termOf('barnevernvakten')), 0.5);
  });

  it('finds a staff word as written, inflected, or read by the glossary as another word', () => {
    // The Nynorsk glossary reads "uro" as "bekymring"; the municipality's row for "uro" still applies.
    assert.equal(termsOf('Jeg har uro for et barn').get('bekymring')!.get(termOf('magefølelse')), 0.5);
    assert.equal(termsOf('uroen for barnet').get('uroen')!.get(termOf('magefølelse')), 0.5);
  });

  it('keeps a staff word as written: no spelling guess replaces it', () => {
    const guessed = termsOf('knøtt', NO_STAFF_WORDS);
    const kept = termsOf('knøtt', new StaffWords([{ word: 'knøtt', planWords: ['barn'] }]));
    assert.ok(guessed.has('knott'), 'without the row, "knøtt" is read as the corpus word "knott"');
    assert.equal(kept.get('knøtt')?.get(termOf('barn')), 0.5);
  });

  it('changes nothing when the municipality has no list', () => {
    const q = 'Kva gjer eg viss eg er uroleg for eit barn om kvelden?';
    assert.deepEqual(analyzeQuestion(q, vocab, 3, 0.5, NO_STAFF_WORDS), analyzeQuestion(q, vocab, 3, 0.5));
  });
});
