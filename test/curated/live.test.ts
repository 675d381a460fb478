import assert from 'node:assert/strict';
import { Logger } from '../../src/common/logger';
import { LiveCurated } from '../../src/curated/live';
import type { CuratedSource } from '../../src/curated/source';
import type { CuratedAnswer, CuratedSnapshot } from '../../src/curated/types';

const answer = (id: string, reviewBy?: string): CuratedAnswer => ({
  id, questions: [`Spørsmål ${id}?`], answer: 'Svar.', source: 'Kilde', owner: 'Kari', ...(reviewBy ? { reviewBy } : {}), ref: { list: 'curated', position: Number(id) },
});

/** A source whose next reads a test scripts: a snapshot, nothing new, or a failure. */
function scripted(reads: Array<CuratedSnapshot | undefined | Error>): CuratedSource {
  return {
    kind: 'file', describe: 'test', state: () => ({ kind: 'on' }),
    read: async () => {
      const next = reads.shift();
      if (next instanceof Error) throw next;
      return next;
    },
    save: async () => ({ kind: 'unavailable', reason: 'nei' }),
  };
}

describe('LiveCurated', () => {
  const lines: string[] = [];
  const log = new Logger('test', 'debug', (l) => lines.push(l));

  it('keeps the last reading when the source cannot be read, and gives the engine a new object only on a change', async () => {
    const live = new LiveCurated(scripted([{ answers: [answer('1', '2027-01-01')], staffWords: [{ word: 'uro', planWords: ['bekymring'], ref: { list: 'synonyms', position: 1 } }], problems: [] }, new Error('Graph nede'), undefined]), log);
    assert.equal(await live.refresh(), true);
    const data = live.data;
    assert.equal(data.answers.length, 1);
    assert.equal(data.staffWords.planWordsOf('uro')?.[0], 'bekymring');
    assert.equal(await live.refresh(), false);
    assert.equal(live.data, data, 'the failed read kept the last one');
    assert.ok(lines.some((l) => /WARN .*curated answers not re-read from file: Graph nede/.test(l)));
    assert.equal(await live.refresh(), false);
    assert.equal(live.data, data, 'the same object while nothing changes, so the matcher built for it is kept');
  });

  it('lists the answers past their review date on the Oslo day, or without one, the oldest first', async () => {
    const live = new LiveCurated(scripted([{ answers: [answer('1', '2026-11-23'), answer('2', '2026-11-22'), answer('3'), answer('4', '2026-06-01')], staffWords: [], problems: [] }]), log);
    await live.refresh();
    // 23:30 UTC on the 22nd is already the 23rd in Oslo: the answer due the 22nd is past, the 23rd's is not.
    assert.deepEqual(live.dueForReview(new Date('2026-11-22T23:30:00Z')).map((d) => [d.id, d.reviewBy]), [['3', undefined], ['4', '2026-06-01'], ['2', '2026-11-22']]);
  });
});
