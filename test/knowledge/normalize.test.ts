import assert from 'node:assert/strict';
import { normalizeText, tokenize } from '../../src/knowledge/normalize';
import { stem } from '../../src/knowledge/stem';
import { Vocabulary, withinOneEdit } from '../../src/knowledge/vocabulary';

function vocabOf(text: string): Vocabulary {
  const v = new Vocabulary();
  for (const t of tokenize(normalizeText(text))) v.add(t.word);
  v.freeze();
  return v;
}

const words = (text: string): string[] => tokenize(normalizeText(text)).map((t) => t.word);

describe('Norwegian text processing', () => {
  describe('normalization', () => {
    it('lowercases, applies NFC and keeps æøå', () => {
      assert.equal(normalizeText('Bla\u030a ØKONOMISK'), 'blå økonomisk');
    });

    it('rejoins a word that PDF extraction broke at a line end', () => {
      assert.equal(normalizeText('Bruke Konsultasjons-\nteamet ved tvil'), 'bruke konsultasjonsteamet ved tvil');
      assert.equal(normalizeText('nyansatt- programmet'), 'nyansattprogrammet');
    });

    it('keeps a hyphenated name with its word apart', () => {
      assert.deepEqual(words('KONVO-teamet'), ['konvo', 'teamet']);
    });

    it('keeps a hanging hyphen before "og"', () => {
      assert.equal(normalizeText('helse- og omsorgstjenesten'), 'helse- og omsorgstjenesten');
    });
  });

  describe('tokens', () => {
    it('keeps a phone number written in groups as one token', () => {
      assert.ok(words('Ring 478 090 50 i dag').includes('47809050'));
    });

    it('keeps dates whole and also yields their year', () => {
      const w = words('Frist: 31.12.2023');
      assert.ok(w.includes('31.12.2023'));
      assert.ok(w.includes('2023'));
    });

    it('keeps section numbers of laws', () => {
      assert.ok(words('straffeloven § 282').includes('282'));
    });
  });

  describe('compounds', () => {
    const vocab = vocabOf(
      'vold mellom kjæreste og ektefelle. utsatte barn. foreldre får veiledning i et program. kjærestevold voldsutsatte foreldreveiledningsprogram',
    );

    it('splits kjærestevold into kjæreste + vold', () => {
      assert.deepEqual(vocab.split('kjærestevold'), ['kjæreste', 'vold']);
    });

    it('splits voldsutsatte over the linking -s-', () => {
      assert.deepEqual(vocab.split('voldsutsatte'), ['vold', 'utsatte']);
    });

    it('splits foreldreveiledningsprogram into three parts', () => {
      assert.deepEqual(new Set(vocab.split('foreldreveiledningsprogram')), new Set(['foreldre', 'veiledning', 'program']));
    });

    it('splits off "hoved-", which the corpus never shows alone: hovedansvar is ansvar', () => {
      assert.deepEqual(vocabOf('kommunen har ansvar for planen').split('hovedansvar'), ['hoved', 'ansvar']);
    });

    it('does not split a word into parts the corpus does not know', () => {
      assert.deepEqual(vocab.split('kommunestyret'), []);
    });
  });

  describe('typos', () => {
    it('accepts one insert, delete, substitution or swap', () => {
      assert.ok(withinOneEdit('tvangsekteskap', 'tvangsekteskp'));
      assert.ok(withinOneEdit('blant', 'blandt'));
      assert.ok(withinOneEdit('vold', 'vodl'));
      assert.ok(!withinOneEdit('vold', 'valg'));
    });

    it('corrects an unknown word of five letters or more to a corpus word', () => {
      const vocab = vocabOf('tvangsekteskap er ulovlig');
      assert.equal(vocab.correct('tvangsekteskp'), 'tvangsekteskap');
      assert.equal(vocab.correct('ulvlig'), 'ulovlig');
      assert.equal(vocab.correct('vodl'), undefined);
    });

    it('corrects a misspelt inflection the corpus lacks by its stem', () => {
      const vocab = vocabOf('kompetanseheving for alle ansatte');
      assert.equal(vocab.correct('komeptansehevingen'), 'kompetanseheving');
    });
  });
});
