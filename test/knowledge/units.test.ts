import assert from 'node:assert/strict';
import { readStructure } from '../../src/knowledge/structure';
import { definedTerm, unitsOf } from '../../src/knowledge/units';
import type { LoadedDocument } from '../../src/knowledge/types';

const doc = (text: string): LoadedDocument => ({ id: 'd', title: 'D', source: 'd.txt', pages: [{ page: null, text }] });
const unitsIn = (text: string) => readStructure(doc(text)).flatMap((s) => unitsOf(s.lines));

describe('units', () => {
  it('reads the term a definition line opens with', () => {
    assert.equal(definedTerm('Latent vold: frykten for ny vold.'), 'Latent vold');
    assert.equal(definedTerm('• Økonomisk vold – å ta kontroll over penger.'), 'Økonomisk vold');
    assert.equal(definedTerm('TryggEst er en modell for å hjelpe kommunene.'), 'TryggEst');
    assert.equal(definedTerm('• Tidlig innsats for barn i risiko (TIBIR) er et program'), 'TIBIR');
    assert.equal(definedTerm('Begrepet «Kjærestevold» blir brukt om vold i parforhold.'), 'Kjærestevold');
    assert.equal(definedTerm('Med negativ sosial kontroll menes press og overvåking.'), 'negativ sosial kontroll');
    assert.equal(definedTerm('Kommunen skal sørge for at alle ansatte får opplæring i meldeplikt og avvergeplikt.'), '');
  });

  it('joins the lines of a PDF sentence and starts anew at a label or list item', () => {
    const units = unitsIn('Delmål 1: Hjelp\nAnsatte skal vite hva de\nskal gjøre ved bekymring.\nAnsvar: Rektor\n• Ringe barnevernet');
    assert.deepEqual(
      units.map((u) => [u.kind, u.text]),
      [
        ['heading', 'Delmål 1: Hjelp'],
        ['definition', 'Ansatte skal vite hva de skal gjøre ved bekymring.'],
        ['definition', 'Ansvar: Rektor'],
        ['item', '• Ringe barnevernet'],
      ],
    );
    // A short heading labels the text under it, as "Hovedmål" does the goal itself.
    assert.equal(units[1]!.term, 'Hjelp');
  });

  it('keeps a markdown definition list entry as a definition of its bold term', () => {
    const [, unit] = unitsIn('## Former for vold\n\n- **Fysisk vold:** slag, spark og kvelertak.\n');
    assert.equal(unit?.kind, 'definition');
    assert.equal(unit?.term, 'Fysisk vold');
    assert.equal(unit?.text, '• Fysisk vold: slag, spark og kvelertak.');
  });

  it('cuts a flattened table without full stops into units of bounded length', () => {
    const cells = Array.from({ length: 80 }, (_, k) => `celle ${k} uten punktum`).join('\n');
    for (const u of unitsIn(`Delmål 1: Tabell\n${cells}`)) assert.ok(u.text.split(' ').length <= 64, u.text);
  });
});
