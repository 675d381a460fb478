import assert from 'node:assert/strict';
import type { UnansweredEntry } from '../../src/unanswered/types';
import { forEachBackend } from '../support/state-backends';

const T0 = new Date('2026-11-23T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);
const entry = (id: string, text = `spørsmål ${id}`, reason: UnansweredEntry['reason'] = 'refused'): UnansweredEntry => ({
  id: id.padEnd(64, '0'), text, reason, label: reason === 'refused' ? 'Ikke besvart' : 'Mulig svar', answerLine: reason === 'refused' ? '' : 'Første linje.',
});

forEachBackend('UnansweredStore contract', (backend) => {
  it('counts occurrences of one group, keeping the first sighting and moving the last', async () => {
    const { unanswered } = await backend().open();
    await unanswered.record(entry('a', 'Hva er X?'), T0);
    await unanswered.record(entry('a', 'hva er x', 'uncertain'), at(2));
    await unanswered.record(entry('b'), at(1));
    const groups = await unanswered.list(at(-1));
    assert.deepEqual(groups.map((g) => [g.id[0], g.count]), [['a', 2], ['b', 1]]);
    assert.deepEqual(groups[0], {
      id: 'a'.padEnd(64, '0'), text: 'hva er x', reason: 'uncertain', label: 'Mulig svar', answerLine: 'Første linje.', count: 2,
      firstSeen: T0.toISOString(), lastSeen: at(2).toISOString(),
    });
  });

  it('keeps the first and last sightings when an occurrence arrives out of order', async () => {
    const { unanswered } = await backend().open();
    await unanswered.record(entry('a'), at(3));
    await unanswered.record(entry('a'), at(1));
    await unanswered.record(entry('a'), at(2));
    const [g] = await unanswered.list(T0);
    assert.deepEqual([g!.firstSeen, g!.lastSeen, g!.count], [at(1).toISOString(), at(3).toISOString(), 3]);
  });

  it('lists only groups seen since a moment, most asked first', async () => {
    const { unanswered } = await backend().open();
    await unanswered.record(entry('old'), T0);
    await unanswered.record(entry('new'), at(5));
    for (const d of [6, 7]) await unanswered.record(entry('often'), at(d));
    assert.deepEqual((await unanswered.list(at(4))).map((g) => g.id.replace(/0+$/, '')), ['often', 'new']);
  });

  it('finds the groups first seen in a window, the end excluded', async () => {
    const { unanswered } = await backend().open();
    await unanswered.record(entry('before'), at(-1));
    await unanswered.record(entry('inside'), T0);
    await unanswered.record(entry('end'), at(7));
    await unanswered.record(entry('before'), at(3));
    assert.deepEqual((await unanswered.firstSeenBetween(T0, at(7))).map((g) => g.id.replace(/0+$/, '')), ['inside']);
  });

  it('deletes the groups last seen before the cutoff and keeps the rest', async () => {
    const { unanswered } = await backend().open();
    await unanswered.record(entry('stale'), T0);
    await unanswered.record(entry('kept'), T0);
    await unanswered.record(entry('kept'), at(50));
    assert.equal(await unanswered.purge(at(10)), 1);
    assert.deepEqual((await unanswered.list(new Date(0))).map((g) => g.id.replace(/0+$/, '')), ['kept']);
    assert.equal(await unanswered.purge(at(10)), 0);
  });

  it('loses no count when two instances record the same question at once', async () => {
    const a = (await backend().open('shared')).unanswered;
    const b = (await backend().open('shared')).unanswered;
    await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).record(entry('race'), at(i / 24))));
    const [group] = await a.list(new Date(0));
    assert.equal(group?.count, 8);
    assert.equal(group?.firstSeen, T0.toISOString());
  });
});
