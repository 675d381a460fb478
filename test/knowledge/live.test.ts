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

  it('is not ready before its first index; the previous index answers while a reload runs, and reloads join', async () => {
    let release!: () => void;
    let loads = 0;
    const docs = [doc('a', '# Temadag\nTemadagen om vold holdes i februar hvert år for alle ledere.')];
    const live = new LiveKnowledge({
      async load() {
        if (loads++ > 0) await new Promise<void>((resolve) => (release = resolve));
        const kb = await KnowledgeBase.build(loads === 1 ? docs : [doc('a', '# Temadag\nTemadagen om vold er flyttet til mars hvert år for alle ledere.')]);
        return { kb, changed: 1, removed: 0, failed: [] };
      },
    });
    assert.equal(live.ready, false);
    await live.refresh();
    assert.equal(live.ready, true);
    const first = live.refresh();
    const second = live.refresh();
    assert.equal(first, second, 'a reload asked for while one runs joins it');
    await new Promise((resolve) => setImmediate(resolve));
    assert.match(live.ask('Når er temadagen om vold?').answer, /februar/);
    release();
    await first;
    assert.equal(loads, 2);
    assert.match(live.ask('Når er temadagen om vold?').answer, /mars/);
  });

  it('answers from the cached copy of a source before its first full load', async () => {
    let release!: () => void;
    const live = new LiveKnowledge({
      initial: () => [doc('a', '# Temadag\nTemadagen om vold holdes i februar hvert år for alle ledere.')],
      async load() {
        await new Promise<void>((resolve) => (release = resolve));
        return { kb: await KnowledgeBase.build([doc('a', '# Temadag\nTemadagen om vold er flyttet til mars hvert år.')]), changed: 1, removed: 0, failed: [] };
      },
    });
    const loading = live.refresh();
    while (!live.ready) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(live.loaded, false);
    assert.match(live.ask('Når er temadagen om vold?').answer, /februar/);
    release();
    await loading;
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
