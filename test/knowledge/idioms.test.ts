import assert from 'node:assert/strict';
import path from 'node:path';
import { KnowledgeBase } from '../../src/knowledge';
import { everydaySense } from '../../src/knowledge/idioms';

const SAMPLE = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune');

describe('the everyday senses of the words for hitting', () => {
  it('leaves the verb out where it merges, turns off, looks up, knocks or presses', () => {
    assert.equal(everydaySense('hvordan slår jeg sammen to pdf-er til én fil'), 'hvordan jeg sammen to pdf-er til én fil');
    assert.equal(everydaySense('korleis slår eg saman to word-dokument'), 'korleis eg saman to word-dokument');
    assert.equal(everydaySense('kan jeg slå av kamera i alle teams-møter?'), 'kan jeg av kamera i alle teams-møter?');
    assert.equal(everydaySense('Hvordan slår jeg av varsler i Teams?'), 'Hvordan jeg av varsler i Teams?');
    assert.equal(everydaySense('hvem har lov til å slå opp i folkeregisteret'), 'hvem har lov til å opp i folkeregisteret');
    assert.equal(everydaySense('En beboer slo hodet i nattbordet i natt.'), 'En beboer hodet i nattbordet i natt.');
    assert.equal(everydaySense('someone hit reply-all on the all-staff email'), 'someone reply-all on the all-staff email');
    assert.equal(everydaySense('Lyset i gangen slår seg av hele tiden.'), 'Lyset i gangen seg av hele tiden.');
    assert.equal(everydaySense('Eleven slår seg vrang i matte.'), 'Eleven seg vrang i matte.');
  });

  it('keeps a blow: hit by someone, hitting now and then, banging on a door, a head hit against a wall', () => {
    for (const q of ['Hun blir slått av sønnen sin.', 'Han slår av og til når han drikker.', 'Han slår på døra og roper.', 'Han slo hodet hennes i veggen.', 'He hit her last night.', 'Faren slo sønnen.']) {
      assert.equal(everydaySense(q), q);
    }
  });

  it('refuses merging files and muting Teams, and still answers a woman hit by her son', async () => {
    const { kb } = await KnowledgeBase.fromDirectory(SAMPLE);
    for (const q of ['hvordan slår jeg sammen to pdf-er til én fil', 'kan jeg slå av kamera i alle teams-møter?', 'someone hit reply-all on the all-staff email, how do i stop getting the replies']) {
      assert.equal(kb.ask(q).answered, false, q);
    }
    const hit = kb.ask('Hun blir slått av sønnen sin, hva gjør jeg?');
    assert.equal(hit.answered, true);
    assert.match(hit.answer, /TryggEst/);
  });
});
