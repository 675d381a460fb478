import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/knowledge';
import { groupId, NAME_MASK, normalisedText, redact, redactAnswerLine, type KnownWords } from '../../src/unanswered/redact';
import { parseWordList } from '../../src/unanswered/word-list';
import { PERSONAL_DATA } from '../common/personal-data-formats';

/** A small library of the field, as the index reads it: the words the documents use. */
const kb = KnowledgeBase.fromDocuments([{
  id: 'veileder.md', title: 'Veileder', source: 'veileder.md',
  pages: [{ page: null, text: 'Ved bekymring for et barn: kontakt Barneverntjenesten og Barnehuset. Barnevernet skal varsles. TryggEst-teamet hjelper voksne.' }],
}]);
const words: KnownWords = { knows: (w) => kb.knows(w), common: new Set(['nav', 'jeg', 'mandag']) };
const r = (text: string) => redact(text, words);

describe('redacting a question before it is stored', () => {
  it('masks fødselsnummer, phone number and e-mail address, leaving no digit or address behind', () => {
    const out = r('Kan jeg melde 010190 10046 til barnevernet? Ring 478 09 050 eller skriv til ola.nordmann@eksempel.no');
    assert.equal(out, 'Kan jeg melde [fødselsnummer fjernet] til barnevernet? Ring [telefonnummer fjernet] eller skriv til [e-post fjernet]');
  });

  it('leaves no format of personal data staff write behind, in a question or an answer line', () => {
    for (const [written, kind] of PERSONAL_DATA) {
      for (const out of [r(`Hva gjør jeg, det gjelder ${written} i saken?`), redactAnswerLine(`Ring ${written}.`, words)]) {
        if (kind === 'email') assert.doesNotMatch(out, /@|\(at\)|\[at\]|eksempel/i, `${written} → ${out}`);
        else assert.ok(!out.replace(/\D/g, '').includes(written.replace(/\D/g, '')), `${written} → ${out}`);
      }
    }
  });

  it('replaces a capitalised word that is neither first in a sentence nor a word of the documents or the list', () => {
    assert.equal(r('Hva gjør jeg når Ola Nordmann sier at han blir slått?'), `Hva gjør jeg når ${NAME_MASK} sier at han blir slått?`);
    assert.equal(r('Jeg er bekymret for Emma og Jonas-Emil i klassen'), `Jeg er bekymret for ${NAME_MASK} og ${NAME_MASK} i klassen`);
  });

  it('keeps capitalised words of the documents, of the word list, and their genitive', () => {
    assert.equal(r('Skal jeg ringe Barnehuset, NAV eller TryggEst-teamet på Mandag?'), 'Skal jeg ringe Barnehuset, NAV eller TryggEst-teamet på Mandag?');
    assert.equal(r('Hva er Barnevernets frist?'), 'Hva er Barnevernets frist?');
  });

  it('keeps the first word of a sentence, unless a name follows it directly', () => {
    assert.equal(r('Hvordan melder jeg? Mistenker vold hjemme.'), 'Hvordan melder jeg? Mistenker vold hjemme.');
    assert.equal(r('Ola Nordmann (7) har blåmerker. Hva gjør jeg?'), `${NAME_MASK} (7) har blåmerker. Hva gjør jeg?`);
  });

  it('does not take a name after an abbreviation for the start of a sentence', () => {
    assert.equal(r('Gjelder det f.eks. Ola?'), `Gjelder det f.eks. ${NAME_MASK}?`);
  });

  it('cuts a pasted text at a word, with "…"', () => {
    const out = r(`Hva ${'gjør jeg nå '.repeat(60)}`);
    assert.ok(out.length <= 300 && out.endsWith('…'), out);
  });

  it('redacts the first line of an answer the same way', () => {
    assert.equal(redactAnswerLine('\nKontakt Kari Hansen på 478 09 050.\nAndre linje', words), `Kontakt ${NAME_MASK} på [telefonnummer fjernet].`);
  });

  it('groups by the normalised text: lower-case, without stop words and punctuation', () => {
    assert.equal(normalisedText('Hva er negativ sosial kontroll?'), 'negativ sosial kontroll');
    assert.equal(groupId('Hva er negativ sosial kontroll?'), groupId('negativ sosial KONTROLL'));
    assert.notEqual(groupId('Hva er negativ sosial kontroll?'), groupId('Hva er sosial kontroll?'));
    assert.equal(normalisedText(`Hvem er ${NAME_MASK}?`), 'navn');
  });
});

describe('the word list of capitalised words that are not names', () => {
  it('reads "ord:" as lower-case words', () => {
    const list = parseWordList('ord:\n  - NAV\n  - Politiet\n', 'ikke-navn.yaml');
    assert.deepEqual(list, { ok: true, words: new Set(['nav', 'politiet']) });
  });

  it('refuses a file without the list, or with more than single words, naming the file, and keeps no words', () => {
    assert.deepEqual(parseWordList('navn: [NAV]', 'x.yaml'), { ok: false, words: new Set(), problem: 'x.yaml mangler listen «ord:»' });
    const two = parseWordList('ord: [NAV, "Ola Nordmann"]', 'x.yaml');
    assert.equal(two.ok, false);
    assert.equal(two.words.size, 0);
    assert.match(two.ok ? '' : two.problem, /bare enkeltord/);
    assert.equal(parseWordList('ord: [', 'x.yaml').ok, false);
  });
});
