import assert from 'node:assert/strict';
import { KnowledgeBase, type LoadedDocument } from '../../src/knowledge';

const doc = (id: string, text: string): LoadedDocument => ({ id, title: id, source: id, pages: [{ page: 1, text }] });

describe('ranking windows of documents of different sizes', () => {
  // The same measure told in a short plan and in a long one with many other measures: the best of
  // many windows matches by chance more often, so a window of the short plan goes first on a tie.
  const measure = 'Kommunen holder kurs i samtaler med barn for ansatte i barnehagen hver høst.';
  const filler = Array.from({ length: 40 }, (_, k) => `# Tema ${k + 1}\n\nAvdeling ${k + 1} lager rutiner for møter, turnus og rapporter i år ${2000 + k}.\n`).join('\n');
  const kb = KnowledgeBase.fromDocuments([doc('lang.md', `${filler}\n# Samtaler\n\n${measure}\n`), doc('kort.md', `# Samtaler\n\n${measure}\n`)]);

  it('puts the short document first when both hold the same words', () => {
    const r = kb.ask('Når er kurset i samtaler med barn for ansatte i barnehagen?');
    assert.equal(r.citations[0]?.document, 'kort.md');
    assert.equal(r.citations[1]?.document, 'lang.md');
  });
});

describe('the views of a search', () => {
  const kb = KnowledgeBase.fromDocuments([doc('plan.md', '# Meldeplikt\n\nAnsatte har meldeplikt til barnevernet.\n\n# Taushetsplikt\n\nTaushetsplikten gjelder ikke ved fare for vold.\n')]);

  it('give each place its rank in every view, 0 where a view did not find it', () => {
    const places = kb.places('meldeplikt til barnevernet', 2);
    const first = places[0]!;
    assert.equal(first.ranks.length, 7);
    assert.equal(first.ranks[0], 1, 'the word view ranks the place with the words first');
    assert.equal(first.ranks[6], 0, 'no phrase was quoted');
  });
});

describe('a "what is" question and the definitions', () => {
  const text =
    '# Helse\n\nVoldsutsatte kan trenge psykisk helsehjelp. Psykisk helsevern i kommunen gir psykisk helsehjelp til alle.\n\n' +
    '# Former for vold\n\nFysisk vold: Slag, spark og dytting.\n\nPsykisk vold: Trusler, ydmykelser og konstant kritikk.\n\n' +
    '# Om planen\n\nTrygg - fri fra vold. Kommunens plan for årene som kommer.\n';
  const kb = KnowledgeBase.fromDocuments([doc('plan.md', text)]);
  const defines = (q: string): string[] => kb.places(q, 5).filter((h) => h.definesAsked).map((h) => h.passage.trail);

  it('marks the place that defines just what is asked, as written', () => {
    assert.deepEqual(defines('Hva er psykisk vold?'), ['Former for vold']);
    assert.deepEqual(defines('what is psychological violence?'), ['Former for vold']);
  });

  it('marks no place whose term is only the stem of what is asked, or a part of it', () => {
    assert.deepEqual(defines('Trygghet for alle, hva er det?'), []);
    assert.deepEqual(defines('Hva er psykisk vold mot eldre?'), []);
  });
});
