import assert from 'node:assert/strict';
import { forEachBackend } from '../support/state-backends';

const NOW = new Date('2026-11-22T10:00:00Z');

forEachBackend('SubscriptionStore contract', (backend) => {
  const make = async () => (await backend().open()).subscriptions;

  it('subscribing twice keeps one subscription', async () => {
    const s = await make();
    assert.equal(await s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW), 'added');
    assert.equal(await s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW), 'exists');
    assert.deepEqual((await s.forAudience('helse')).map((x) => x.conversationId), ['c1']);
    assert.deepEqual(await s.get('c1', 'helse'), { conversationId: 'c1', audience: 'helse', since: '2026-11-22', createdBy: 'k' });
  });

  it('lists a channel\'s audiences and forgets one on unsubscribe', async () => {
    const s = await make();
    await s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW);
    await s.subscribe('c1', 'alle-ledere', 'k', '2026-11-22', NOW);
    await s.subscribe('c2', 'helse', 'k', '2026-11-22', NOW);
    assert.deepEqual((await s.ofChannel('c1')).map((x) => x.audience), ['alle-ledere', 'helse']);
    assert.equal(await s.unsubscribe('c1', 'helse'), true);
    assert.equal(await s.unsubscribe('c1', 'helse'), false);
    assert.deepEqual((await s.ofChannel('c1')).map((x) => x.audience), ['alle-ledere']);
    assert.deepEqual((await s.forAudience('helse')).map((x) => x.conversationId), ['c2']);
  });

  it('lists an audience\'s channels in conversation id order', async () => {
    const s = await make();
    for (const c of ['19:b', '19:a', '19:c']) await s.subscribe(c, 'helse', 'k', '2026-11-22', NOW);
    assert.deepEqual((await s.forAudience('helse')).map((x) => x.conversationId), ['19:a', '19:b', '19:c']);
  });

  it('a gone channel receives nothing, is reported gone once, and revives on a new subscribe', async () => {
    const s = await make();
    await s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW);
    assert.equal(await s.markGone('c1', NOW), true);
    assert.equal(await s.markGone('c1', NOW), false);
    assert.deepEqual(await s.forAudience('helse'), []);
    assert.deepEqual(await s.ofChannel('c1'), []);
    assert.equal(await s.subscribe('c1', 'helse', 'k', '2026-11-23', NOW), 'added');
    assert.equal((await s.forAudience('helse'))[0]?.since, '2026-11-23');
  });

  it('two instances that both see a channel gone report it once', async () => {
    const a = (await backend().open('shared')).subscriptions;
    const b = (await backend().open('shared')).subscriptions;
    await a.subscribe('c1', 'helse', 'k', '2026-11-22', NOW);
    await a.subscribe('c1', 'tryggest', 'k', '2026-11-22', NOW);
    const results = await Promise.all([a.markGone('c1', NOW), b.markGone('c1', NOW)]);
    assert.deepEqual(results.filter(Boolean), [true]);
    assert.deepEqual(await b.ofChannel('c1'), []);
  });
});
