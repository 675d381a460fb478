import assert from 'node:assert/strict';
import { SubscriptionStore } from '../../src/reminders/subscriptions';
import { openDatabase } from '../../src/storage/database';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('channel subscriptions', () => {
  it('subscribing twice keeps one subscription', () => {
    const s = new SubscriptionStore(openDatabase(':memory:'));
    assert.equal(s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW), 'added');
    assert.equal(s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW), 'exists');
    assert.deepEqual(s.forAudience('helse').map((x) => x.conversationId), ['c1']);
  });

  it('lists a channel\'s audiences and forgets one on unsubscribe', () => {
    const s = new SubscriptionStore(openDatabase(':memory:'));
    s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW);
    s.subscribe('c1', 'alle-ledere', 'k', '2026-11-22', NOW);
    assert.deepEqual(s.ofChannel('c1').map((x) => x.audience), ['alle-ledere', 'helse']);
    assert.equal(s.unsubscribe('c1', 'helse'), true);
    assert.equal(s.unsubscribe('c1', 'helse'), false);
    assert.deepEqual(s.ofChannel('c1').map((x) => x.audience), ['alle-ledere']);
  });

  it('a gone channel receives nothing, is reported gone once, and revives on a new subscribe', () => {
    const s = new SubscriptionStore(openDatabase(':memory:'));
    s.subscribe('c1', 'helse', 'k', '2026-11-22', NOW);
    assert.equal(s.markGone('c1', NOW), true);
    assert.equal(s.markGone('c1', NOW), false);
    assert.deepEqual(s.forAudience('helse'), []);
    assert.equal(s.subscribe('c1', 'helse', 'k', '2026-11-23', NOW), 'added');
    assert.equal(s.forAudience('helse')[0]?.since, '2026-11-23');
  });
});
