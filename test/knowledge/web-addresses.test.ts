import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/knowledge';
import { addressKeys, addressLetters, askedAddress, ASKS_ADDRESS, spells } from '../../src/knowledge/web-addresses';

const keysOf = (tokens: string[], names: string[] = []): string[] => addressKeys(tokens, new Set(names)).map((k) => k.key);

describe('web addresses a question asks for', () => {
  it('reads a question as asking for a link only when it asks where on the web', () => {
    assert.ok(ASKS_ADDRESS.test('er det en lenke til tidlig inn-programmet?'));
    assert.ok(ASKS_ADDRESS.test('where online can i find the guide?'));
    assert.ok(ASKS_ADDRESS.test('kvar på nettet finn eg rettleiaren?'));
    assert.ok(!ASKS_ADDRESS.test('hvem har ansvar for tiltaket?'));
  });

  it('makes keys of the words and of two or three words written together, never from the words of asking', () => {
    const keys = keysOf(['lenke', 'til', 'tidlig', 'inn', 'programmet']);
    assert.ok(keys.includes('tidliginn'), 'a name written together as addresses write it');
    assert.ok(keys.includes('programmet'));
    assert.ok(!keys.some((k) => k.startsWith('lenke')), 'the word for a link names no address');
    assert.ok(!keys.includes('tilt'), 'no run starts with a small word');
  });

  it('writes æ, ø and å as addresses write them, either way', () => {
    const keys = keysOf(['sårbare']);
    assert.ok(keys.includes('sarbare') && keys.includes('saarbare'));
  });

  it('marks a key as a name when its first word was written as one', () => {
    const [frihet] = addressKeys(['frihet', 'fra', 'vold'], new Set(['frihet'])).filter((k) => k.key === 'frihetfravold');
    assert.equal(frihet?.named, true);
  });

  it('spells a key from the start of an address word to its end, give or take an ending', () => {
    const [a] = addressLetters('Se https://www.fagside.no/jd-frihetfravold-web.pdf?x=program');
    assert.ok(spells(a!, 'frihetfravold'));
    assert.ok(!spells(a!, 'program'), 'the query is not the address');
    const [b] = addressLetters('https://www.elvhelse.no/helsekontrollprogrammet/foreldrepakke');
    assert.ok(spells(b!, 'foreldrepakk'), 'a stem spells the word with its ending');
    assert.ok(!spells(b!, 'program'), 'nor does a word inside a longer one');
  });

  it('picks the address of a text that spells most keys', () => {
    const text = 'Kilder:\nhttps://www.elvhelse.no/vold\nhttps://www.tidligstart.no/tidliginn/';
    assert.equal(askedAddress(text, ['tidliginn']), 'https://www.tidligstart.no/tidliginn/');
    assert.equal(askedAddress(text, ['nora']), undefined);
  });

  it('answers a question for a link with the address that spells its name, from a list of bare addresses', () => {
    const text = [
      'Kompetanse',
      '',
      'Ansatte på helsestasjonen får opplæring i samtaler med foreldre om rus, psykisk helse og vold.',
      'Kommunen bruker opplæringsprogrammet Tidlig inn for helsesykepleiere og jordmødre.',
      '',
      'Samarbeid',
      '',
      'Helsestasjonen samarbeider med barnevernet og fastlegene om gravide som trenger mer oppfølging.',
      'Foreldre får tilbud om samtaler og veiledning gjennom hele svangerskapet.',
      '',
      'Kilder',
      '',
      'https://www.forebyggingsportalen.no/tidliginn/',
      'https://www.elvdal.kommune.no/helsestasjon',
      '',
    ].join('\n');
    const kb = KnowledgeBase.fromDocuments([{ id: 'elvdal.txt', title: 'Tiltaksplan Elvdal kommune', source: 'elvdal.txt', pages: [{ page: 1, text }] }]);
    const result = kb.ask('Er det en lenke til Tidlig inn-programmet for oss på helsestasjonen?');
    assert.match(result.answer, /^Lenke: https:\/\/www\.forebyggingsportalen\.no\/tidliginn\/$/m);
    const plain = kb.ask('Hvordan samarbeider helsestasjonen om gravide?');
    assert.doesNotMatch(plain.answer, /Lenke:/, 'a question that asks for no link gets no address');
  });
});
