import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collapse } from '../../src/knowledge/normalize';
import { KnowledgeBase, questionHash, type LoadedDocument } from '../../src/knowledge';

const FIXTURES = join(__dirname, 'fixtures', 'plans');

describe('KnowledgeBase', () => {
  let kb: KnowledgeBase;

  before(async () => {
    const loaded = await KnowledgeBase.fromDirectory(FIXTURES);
    assert.deepEqual(loaded.warnings, []);
    kb = loaded.kb;
  });

  it('reports its size', () => {
    assert.equal(kb.size.documents, 2);
    assert.ok(kb.size.chunks >= 4);
  });

  it('answers who is responsible from a flattened table', () => {
    const r = kb.ask('Hvem har ansvar for fagkvelden for ansatte i skole og barnehage?');
    assert.equal(r.answered, true);
    assert.match(r.citations[0]!.text, /Oppvekstsjefen/);
  });

  it('answers a deadline question with the passage holding the date', () => {
    const r = kb.ask('Hva er fristen for hjelp til voldsutsatte eldre?');
    assert.match(r.citations[0]!.text, /Frist: 30\.6\.2027/);
  });

  it('finds a definition asked for in Nynorsk', () => {
    const r = kb.ask('Kva er latent vald?');
    assert.match(r.citations[0]!.text, /Latent vold: frykten/);
  });

  it('finds a compound from its parts and the parts from the compound', () => {
    assert.match(kb.ask('Hva gjør skolene med vold mellom kjærester?').citations[0]!.text, /kjærestevold/);
    assert.match(kb.ask('Hvem tilbyr veiledning til foreldre?').citations[0]!.text, /foreldreveiledningsprogram/);
  });

  it('tolerates a typo', () => {
    assert.match(kb.ask('Hvem har ansvar for opplærign av nyansatte?').citations[0]!.text, /Personalsjefen/);
  });

  it('answers an English question', () => {
    assert.match(kb.ask('who is responsible for training new employees?').citations[0]!.text, /nyansatte får opplæring/);
  });

  it('favours the plan of the municipality named in the question, also inside a compound', () => {
    assert.equal(kb.ask('Hva gjør Sørvik for foreldre?').citations[0]!.document, 'Handlingsplan for Sørvik kommune');
    assert.equal(kb.ask('hva sier sørvikplanen om foreldre').citations[0]!.document, 'Handlingsplan for Sørvik kommune');
  });

  it("ranks the named plan's passages before another plan's closer match", () => {
    const aldal = '# Kurs\n\nAnsatte får opplæring om samtaler med barn.\n\n# Foreldre\n\nForeldre får tilbud om veiledning på helsestasjonen.\n';
    const berg = '# Kurs for ansatte i skolen\n\nAnsatte i skolen får kurs om vold og overgrep hvert år i september, på skolens planleggingsdag.\n\n# Barnehage\n\nBarnehagen har tema om kropp og grenser.\n';
    const two = KnowledgeBase.fromDocuments([
      { id: 'aldal.md', title: 'Handlingsplan for Aldal kommune', source: 'aldal.md', pages: [{ page: null, text: aldal }] },
      { id: 'berg.md', title: 'Handlingsplan for Berg kommune', source: 'berg.md', pages: [{ page: null, text: berg }] },
    ]);
    const cited = two.ask('Hvordan får ansatte i skolen kurs om vold og overgrep på planleggingsdagen i Aldal?').citations.map((c) => c.document);
    assert.deepEqual(cited, ['Handlingsplan for Aldal kommune', 'Handlingsplan for Aldal kommune', 'Handlingsplan for Berg kommune']);
  });

  it('keeps every citation within 1000 characters and every line of the answer inside the citations', () => {
    for (const q of ['Hva er negativ sosial kontroll?', 'Hvem er barnevernleder?', 'Når er fagkvelden?']) {
      const r = kb.ask(q);
      assert.ok(r.answered, q);
      assert.ok(r.answer.length > 0);
      for (const c of r.citations) assert.ok(c.text.length <= 1000);
      const cited = collapse(r.citations.map((c) => c.text.replace(/\*\*/g, '')).join(' '));
      for (const line of r.answer.split('\n')) assert.ok(cited.includes(collapse(line)), `${q}: ${line}`);
    }
  });

  it('says it cannot answer questions outside the field', () => {
    for (const q of ['hvordan bytter jeg passord?', 'når går bussen?', 'hva er været i morgen?', 'how do I reset my password?']) {
      const r = kb.ask(q);
      assert.equal(r.answered, false, q);
      assert.equal(r.answer, '');
      assert.deepEqual(r.citations, []);
    }
  });

  it('does not answer an outside question just because it names the municipality', () => {
    assert.equal(kb.ask('hvordan bytter jeg passord i Sørvik kommune?').answered, false);
  });

  it('flags an emergency even when the documents have no answer', () => {
    const r = kb.ask('Eleven sier hun ikke tør gå hjem');
    assert.equal(r.emergency, true);
    assert.equal(r.emergencyAudience, 'child');
  });

  it('returns at most `top` citations and skips `offset` passages', () => {
    const all = kb.ask('vold tiltak ansvar', { top: 4 });
    assert.ok(all.citations.length <= 4);
    const next = kb.ask('vold tiltak ansvar', { top: 1, offset: 1 });
    assert.equal(next.citations.length, 1);
    assert.equal(next.citations[0]!.id, all.citations[1]!.id);
  });

  it('answers from the next cited place when the first has nothing to show', () => {
    // The first section matches the question best but holds only a link: no sentence to show.
    const text = '# Vold mot brukere i hjemmetjenesten og sykehjem\n\nhttps://example.org/vold-mot-brukere-i-hjemmetjenesten-og-sykehjem\n\n# Hjelp\n\nEn kan alltid si fra til nærmeste tjenesteutøver.\n';
    const one = KnowledgeBase.fromDocuments([{ id: 'a.md', title: 'Handlingsplan', source: 'a.md', pages: [{ page: null, text }] }]);
    const r = one.ask('Hvem kan brukere i hjemmetjenesten og på sykehjem si fra til om vold?');
    assert.equal(r.answer, 'En kan alltid si fra til nærmeste tjenesteutøver.');
    assert.equal(r.citations[0]!.section, 'Hjelp');
  });

  it('indexes documents loaded elsewhere', () => {
    const docs: LoadedDocument[] = [
      { id: 'a', title: 'A', source: 'a.md', url: 'https://example.org/a', pages: [{ page: 3, text: 'Krisesenteret gir råd døgnet rundt.' }] },
    ];
    const r = KnowledgeBase.fromDocuments(docs).ask('Når gir krisesenteret råd?');
    assert.equal(r.citations[0]!.page, 3);
    assert.equal(r.citations[0]!.url, 'https://example.org/a');
  });

  it('hashes a question without keeping its text', () => {
    const h = questionHash('Hva er  Meldeplikt?');
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(h, questionHash('hva er meldeplikt?'));
    assert.notEqual(h, questionHash('hva er avvergeplikt?'));
  });
});
