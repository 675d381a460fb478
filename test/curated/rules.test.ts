import assert from 'node:assert/strict';
import { proposalProblem, reviewDay, validateCurated, validateStaffWords } from '../../src/curated/rules';
import type { RawCuratedRow } from '../../src/curated/types';

const row = (position: number, over: Partial<RawCuratedRow> = {}): RawCuratedRow => ({
  questions: [`Spørsmål ${position}?`], answer: 'Svaret.', source: 'Veilederen', link: '', owner: 'Kari', reviewBy: '2027-03-01',
  ref: { list: 'curated', position, itemId: String(position) }, ...over,
});

describe('the rows of "Kuraterte svar"', () => {
  it('uses a complete row as it is, with the item id as its id', () => {
    const { answers, problems } = validateCurated([row(1, { link: 'https://eksempel.no/veileder', questions: ['  Hva er   meldeplikt? ', '', 'Må jeg melde?'] })]);
    assert.deepEqual(problems, []);
    assert.deepEqual(answers[0], {
      id: '1', questions: ['Hva er meldeplikt?', 'Må jeg melde?'], answer: 'Svaret.', source: 'Veilederen', link: 'https://eksempel.no/veileder', owner: 'Kari', reviewBy: '2027-03-01',
      ref: { list: 'curated', position: 1, itemId: '1' },
    });
  });

  it('leaves out a row without a question, an answer or a source, and says why', () => {
    const { answers, problems } = validateCurated([row(1, { questions: [' '] }), row(2, { answer: '' }), row(3, { source: ' ' }), row(4)]);
    assert.deepEqual(answers.map((a) => a.id), ['4']);
    assert.deepEqual(problems.map((p) => [p.ref.itemId, p.message]), [
      ['1', 'mangler spørsmål; svaret brukes ikke før det har et spørsmål'],
      ['2', 'mangler svar; raden brukes ikke'],
      ['3', 'mangler kilde; svaret brukes ikke før det sier hva det bygger på'],
    ]);
  });

  it('uses a row with a smaller fault, and reports it: a link that is no web address, no owner, no review date', () => {
    const { answers, problems } = validateCurated([row(1, { link: 'javascript:alert(1)', owner: '', reviewBy: '' }), row(2, { reviewBy: 'neste år' })]);
    assert.equal(answers.length, 2);
    assert.equal(answers[0]!.link, undefined);
    assert.equal(answers[0]!.reviewBy, undefined);
    assert.deepEqual(problems.map((p) => p.message), [
      'lenken «javascript:alert(1)» er ikke en nettadresse (https://…); svaret vises uten lenke',
      'mangler ansvarlig',
      'mangler dato for gjennomgang; svaret står på listen over svar som skal gjennomgås',
      'datoen «neste år» for gjennomgang kan ikke leses; skriv f.eks. 2027-03-01',
    ]);
  });

  it('uses a question asked in two rows only in the first, case and punctuation aside', () => {
    const { answers, problems } = validateCurated([row(1, { questions: ['Hva er meldeplikt?'] }), row(2, { questions: ['hva er MELDEPLIKT', 'Hvem melder?'] })]);
    assert.deepEqual(answers[1]!.questions, ['Hvem melder?']);
    assert.deepEqual(problems.map((p) => p.message), ['spørsmålet «hva er MELDEPLIKT» står også i element 1; bare det første brukes']);
  });

  it('reads a review date as written by people and as SharePoint gives a date-only column', () => {
    assert.equal(reviewDay('2027-03-01'), '2027-03-01');
    assert.equal(reviewDay('1.3.2027'), '2027-03-01');
    // Midnight in Oslo, in UTC: the day before in UTC is the Oslo day itself.
    assert.equal(reviewDay('2027-02-28T23:00:00Z'), '2027-03-01');
    assert.equal(reviewDay('2027-02-30'), undefined);
    assert.equal(reviewDay('snart'), undefined);
  });
});

describe('the rows of "Synonymer"', () => {
  const ref = (position: number) => ({ list: 'synonyms' as const, position });

  it('reads plan words separated by commas, semicolons or lines, lower-cased, without the word itself', () => {
    const { staffWords, problems } = validateStaffWords([{ word: 'Uro', planWords: 'Bekymring, magefølelse;uro\nbekymring', ref: ref(1) }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(staffWords, [{ word: 'uro', planWords: ['bekymring', 'magefølelse'], ref: ref(1) }]);
  });

  it('refuses a phrase where one word is read, and a row with no plan words', () => {
    const { staffWords, problems } = validateStaffWords([
      { word: 'ikke noe konkret', planWords: 'bekymring', ref: ref(1) },
      { word: 'vakta', planWords: '', ref: ref(2) },
      { word: 'kveldstid', planWords: 'kveld, om kvelden', ref: ref(3) },
    ]);
    assert.deepEqual(staffWords.map((s) => [s.word, s.planWords]), [['kveldstid', ['kveld']]]);
    assert.deepEqual(problems.map((p) => p.message), [
      '«ikke noe konkret» må være ett ord; raden brukes ikke',
      'mangler ord i planen; raden brukes ikke',
      '«om kvelden» i «Ord i planen» må være ett ord; det brukes ikke',
    ]);
  });
});

describe('a curated answer proposed from the tab', () => {
  const ok = { questions: ['Hva er meldeplikt?'], answer: 'Plikten til å melde.', source: 'Veilederen', link: '', reviewBy: '2027-01-01' };

  it('is accepted when it is complete', () => assert.equal(proposalProblem(ok), undefined));

  it('is refused with a Norwegian message when a part is missing or wrong', () => {
    assert.equal(proposalProblem({ ...ok, questions: [' '] }), 'Skriv spørsmålet.');
    assert.equal(proposalProblem({ ...ok, answer: '' }), 'Skriv svaret.');
    assert.equal(proposalProblem({ ...ok, source: '' }), 'Skriv hva svaret bygger på (kilden).');
    assert.equal(proposalProblem({ ...ok, link: 'ftp://x' }), 'Lenken må være en nettadresse som begynner med https://.');
    assert.equal(proposalProblem({ ...ok, reviewBy: '2027-13-01' }), 'Datoen for gjennomgang må skrives som ÅÅÅÅ-MM-DD.');
    assert.equal(proposalProblem({ ...ok, answer: 'x'.repeat(2001) }), 'Svaret kan ha høyst 2000 tegn.');
  });

  it('is refused when it holds a fødselsnummer: the answer is shown to every employee', () => {
    assert.match(proposalProblem({ ...ok, answer: 'Gjelder 01019010046 og familien.' }) ?? '', /fødselsnummer/);
  });
});
