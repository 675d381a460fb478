import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/knowledge';
import { withLinkAddresses, withLinks } from '../../src/knowledge/link-titles';
import type { DocLine, DocSection } from '../../src/knowledge/structure';

const line = (text: string, kind: DocLine['kind'] = 'para'): DocLine => ({ text, raw: text, kind, group: 0, trail: '', page: null });
const sections = (...texts: string[]): DocSection[] => [{ trail: '', lines: texts.map((t) => line(t)) }];

describe('link texts of a flattened PDF', () => {
  it("gives a short line that names an address's site that address", () => {
    const [s] = withLinkAddresses(sections('Kurs på nett', 'Elvlæring kurskatalog', 'Ansatte tar kurset.', 'https://www.elvlaring.no/kurs?tema=vold'), 'Handlingsplan Elvdal kommune');
    assert.equal(s!.lines[1]!.link, 'https://www.elvlaring.no/kurs?tema=vold');
    assert.equal(s!.lines[1]!.text, 'Elvlæring kurskatalog', 'the words stay as they are');
  });

  it('picks, of two addresses of one site, the one whose path holds the words of the line', () => {
    const [s] = withLinkAddresses(sections('Vold og overgrep – Helsekilden', 'https://helsekilden.no/barn', 'https://helsekilden.no/vold-og-overgrep'), 'Plan');
    assert.equal(s!.lines[0]!.link, 'https://helsekilden.no/vold-og-overgrep');
  });

  it("links no sentence, no line naming the municipality's own site, and no report of another number", () => {
    const [s] = withLinkAddresses(
      sections('Elvlæring har kurs for alle.', 'Trygg i Elvdal', 'Fagrapport 4-24', 'https://www.elvlaring.no/', 'https://www.elvdal.kommune.no/trygg', 'https://www.fagrapport.no/rapport-1-25.pdf'),
      'Handlingsplan Elvdal kommune',
    );
    assert.deepEqual(s!.lines.map((l) => l.link), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('shows the address after the line in an answer, also behind a marker or label', () => {
    const lines = [{ text: 'Elvlæring kurskatalog', link: 'https://www.elvlaring.no/' }, { text: 'Annet' }];
    assert.equal(withLinks('Tiltak: Elvlæring kurskatalog\n• Annet', lines), 'Tiltak: Elvlæring kurskatalog (https://www.elvlaring.no/)\n• Annet');
  });

  it('answers where to read more with the link text and its address, from a plain-text plan', () => {
    const text = [
      'Delmål 1: Ansatte har kompetanse om vold',
      '',
      'Tiltak:',
      '',
      'Kompetanseheving på tvers av sektorer.',
      '',
      'Vold og overgrep - Helsekilden',
      '',
      'Ansvar:',
      '',
      'Enhetsleder',
      '',
      'https://www.helsekilden.no/vold-og-overgrep',
      '',
    ].join('\n');
    const kb = KnowledgeBase.fromDocuments([{ id: 'elvdal.txt', title: 'Tiltaksplan Elvdal kommune', source: 'elvdal.txt', pages: [{ page: 1, text }] }]);
    const result = kb.ask('Hvor kan innbyggere lese mer om vold og overgrep på nettet?');
    assert.match(result.answer, /^Vold og overgrep - Helsekilden \(https:\/\/www\.helsekilden\.no\/vold-og-overgrep\)$/m);
    // The citation shows the link's address after its text too, where the plan printed them apart.
    assert.match(result.citations[0]!.text, /^Vold og overgrep - Helsekilden \(https:\/\/www\.helsekilden\.no\/vold-og-overgrep\)$/m);
  });

  it('answers how with what is done, not with a document named with its address; where to find it, with that line', () => {
    const text = ['Delmål 2: Tryggere eldre', '', 'Tiltak:', '', 'Eldreteamet tar imot bekymringer om eldre som kan være utsatt for vold.', '', 'Evaluering:', '', 'Årlig', '', 'Veileder om eldre utsatt for vold i familien: https://www.elvdal.kommune.no/veileder.pdf', ''].join('\n');
    const kb = KnowledgeBase.fromDocuments([{ id: 'elvdal.txt', title: 'Tiltaksplan Elvdal kommune', source: 'elvdal.txt', pages: [{ page: 1, text }] }]);
    assert.match(kb.ask('Hva gjør vi når eldre blir utsatt for vold i familien?').answer, /^Eldreteamet tar imot bekymringer/);
    assert.match(kb.ask('Hvor finner jeg veilederen om eldre utsatt for vold?').answer, /^Veileder om eldre utsatt for vold i familien: https:\/\/www\.elvdal\.kommune\.no\/veileder\.pdf$/m);
  });

  it('answers where to find a course with the link text near the sentence that speaks of it', () => {
    const text = ['Delmål 1: Ansatte har kompetanse om vold', '', 'Tiltak:', '', 'Ansatte tar kurs om vold i nære relasjoner hvert år.', '', 'Elvlæring kurskatalog', '', 'Tidsrom:', '', 'Årlig.', '', 'https://www.elvlaring.no/katalog?tema=vold', ''].join('\n');
    const kb = KnowledgeBase.fromDocuments([{ id: 'elvdal.txt', title: 'Tiltaksplan Elvdal kommune', source: 'elvdal.txt', pages: [{ page: 1, text }] }]);
    assert.match(kb.ask('Hvor finner ansatte kurs om vold?').answer, /^Elvlæring kurskatalog \(https:\/\/www\.elvlaring\.no\/katalog\?tema=vold\)$/m);
  });
});
