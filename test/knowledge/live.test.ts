import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/knowledge';
import { LiveKnowledge, type KnowledgeSource } from '../../src/knowledge/live';

const doc = (id: string, text: string) => ({ id, title: id, source: id, pages: [{ page: null, text }] });

function source(versions: Array<ReturnType<typeof doc>[]>, unavailableAt = -1): KnowledgeSource {
  let call = 0;
  return {
    async load() {
      const i = call++;
      const kb = KnowledgeBase.fromDocuments(versions[Math.min(i, versions.length - 1)]!);
      return i === unavailableAt ? { kb: KnowledgeBase.fromDocuments([]), changed: 0, removed: 0, failed: [], unavailable: 'nede' } : { kb, changed: 1, removed: 0, failed: [] };
    },
  };
}

describe('LiveKnowledge', () => {
  it('is not loaded until the first refresh completes', async () => {
    const live = new LiveKnowledge(source([[doc('a', '# Meldeplikt\nMeldeplikt til barnevernet gjelder alle ansatte i kommunen.')]]));
    assert.equal(live.loaded, false);
    await live.refresh();
    assert.equal(live.loaded, true);
  });

  it('answers from the new documents after a refresh', async () => {
    const live = new LiveKnowledge(source([
      [doc('a', '# Temadag\nTemadagen om vold holdes i februar hvert år for alle ledere.')],
      [doc('a', '# Temadag\nTemadagen om vold er flyttet til mars hvert år for alle ledere.')],
    ]));
    await live.refresh();
    assert.match(live.ask('Når er temadagen om vold?').answer, /februar/);
    await live.refresh();
    assert.match(live.ask('Når er temadagen om vold?').answer, /mars/);
  });

  it('keeps the previous index when the source is unavailable', async () => {
    const live = new LiveKnowledge(source([[doc('a', '# Temadag\nTemadagen om vold holdes i februar hvert år for alle ledere.')]], 1));
    await live.refresh();
    const report = await live.refresh();
    assert.equal(report.unavailable, 'nede');
    assert.match(live.ask('Når er temadagen om vold?').answer, /februar/);
  });
});
