import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROADER, ENGLISH_GLOSSARY, FIELD_WORDS, GLOSSARY_FILE, GlossaryError, loadGlossary, parseGlossary } from '../../src/knowledge/glossary';

const MINIMAL = [
  'english: [[child welfare, barnevern], [child, barn]]',
  'nynorsk: { kva: hva }',
  'fieldWords: [vold]',
  'offFieldWords: [passord]',
  'broader: { slår: vold }',
  'sameMeaning: [[bruke, benytte]]',
].join('\n');

describe('the field glossary as data', () => {
  it('ships as a data file the engine reads at start, phrases before the words they contain', () => {
    assert.ok(GLOSSARY_FILE.endsWith(path.join('knowledge', 'data', 'glossary.yaml')));
    const phrase = ENGLISH_GLOSSARY.findIndex(([en]) => en === 'domestic violence');
    const single = ENGLISH_GLOSSARY.findIndex(([en]) => en === 'violence');
    assert.ok(phrase >= 0 && phrase < single);
    assert.equal(BROADER['elev'], 'barn');
    assert.ok(FIELD_WORDS.includes('meldeplikt'));
  });

  it('reads a valid file into the same shape', () => {
    const g = parseGlossary(MINIMAL, 'ordliste.yaml');
    assert.deepEqual(g.english, [['child welfare', 'barnevern'], ['child', 'barn']]);
    assert.deepEqual(g.nynorsk, { kva: 'hva' });
    assert.deepEqual(g.sameMeaning, [['bruke', 'benytte']]);
  });

  it('refuses an entry a question could never meet, naming it', () => {
    assert.throws(() => parseGlossary(MINIMAL.replace('[child, barn]', '[e-learning, e-læring]'), 'ordliste.yaml'), {
      name: 'GlossaryError',
      message: /ordliste\.yaml: english\[1\]: «e-learning» må skrives med små bokstaver og ord skilt med ett mellomrom \(«e learning»\)/,
    });
    assert.throws(() => parseGlossary(MINIMAL.replace('slår: vold', 'slår til: vold'), 'ordliste.yaml'), { message: /broader\.slår til: «slår til» må være ett ord/ });
    assert.throws(() => parseGlossary(MINIMAL.replace('kva: hva', 'Kva: hva'), 'ordliste.yaml'), { message: /nynorsk\.Kva/ });
  });

  it('reads everyday phrases, and refuses one of a single word or with capitals', () => {
    assert.deepEqual(parseGlossary(`${MINIMAL}\nphrases: { snakke med noen: samtaletilbud }`, 'o.yaml').phrases, { 'snakke med noen': 'samtaletilbud' });
    assert.throws(() => parseGlossary(`${MINIMAL}\nphrases: { snakke: samtaletilbud }`, 'o.yaml'), { message: /phrases\.snakke: «snakke» må være minst to ord/ });
    assert.throws(() => parseGlossary(`${MINIMAL}\nphrases: { Snakke med noen: samtaletilbud }`, 'o.yaml'), { message: /phrases\.Snakke med noen/ });
    assert.throws(() => parseGlossary(`${MINIMAL}\nphrases: { hvem kan jeg ringe: barnevernvakt }`, 'o.yaml'), { message: /phrases\.hvem kan jeg ringe: .* spørreord/ });
  });

  it('refuses a phrase whose plan words it already holds: it would add nothing', () => {
    assert.throws(() => parseGlossary(`${MINIMAL}\nphrases: { kampanje mot vold: kampanje }`, 'o.yaml'), { message: /phrases\.kampanje mot vold: «kampanje» står allerede i uttrykket/ });
  });

  it('refuses a missing section, an unknown one and a key written twice', () => {
    assert.throws(() => parseGlossary(MINIMAL.replace('fieldWords: [vold]\n', ''), 'o.yaml'), { name: 'GlossaryError', message: /fieldWords/ });
    assert.throws(() => parseGlossary(`${MINIMAL}\nextra: []`, 'o.yaml'), { name: 'GlossaryError', message: /additional properties/ });
    assert.throws(() => parseGlossary(MINIMAL.replace('{ kva: hva }', '{ kva: hva, kva: kva }'), 'o.yaml'), { name: 'GlossaryError', message: /ugyldig YAML/ });
  });

  it('names a file that cannot be read', () => {
    const missing = path.join(os.tmpdir(), `no-glossary-${process.pid}.yaml`);
    assert.ok(!fs.existsSync(missing));
    assert.throws(() => loadGlossary(missing), (err: unknown) => err instanceof GlossaryError && err.message.includes(missing) && err.message.includes('ENOENT'));
  });
});
