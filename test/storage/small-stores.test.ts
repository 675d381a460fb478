import assert from 'node:assert/strict';
import { problemNoticeKey } from '../../src/storage/problem-cards';
import { forEachBackend } from '../support/state-backends';

const NOW = new Date('2026-11-23T08:00:00Z');
const HASH = 'a'.repeat(64);

forEachBackend('ApprovalMessageStore and FeedbackStore contract', (backend) => {
  it('keeps every card copy of a proposal, several in one chat ("forslag" posts more), each once', async () => {
    const { approvals } = await backend().open();
    await approvals.add({ proposalId: 'p1', conversationId: 'a:kari', activityId: '1' });
    await approvals.add({ proposalId: 'p1', conversationId: 'a:per/x', activityId: '2' });
    await approvals.add({ proposalId: 'p1', conversationId: 'a:kari', activityId: '3' });
    await approvals.add({ proposalId: 'p1', conversationId: 'a:kari', activityId: '3' });
    await approvals.add({ proposalId: 'p2', conversationId: 'a:kari', activityId: '4' });
    assert.deepEqual(await approvals.forProposal('p1'), [
      { proposalId: 'p1', conversationId: 'a:kari', activityId: '1' },
      { proposalId: 'p1', conversationId: 'a:kari', activityId: '3' },
      { proposalId: 'p1', conversationId: 'a:per/x', activityId: '2' },
    ]);
    assert.deepEqual(await approvals.forProposal('p9'), []);
  });

  it('counts feedback per verdict', async () => {
    const { feedback } = await backend().open();
    assert.deepEqual(await feedback.counts(), { up: 0, down: 0 });
    await feedback.record({ verdict: 'up', questionHash: HASH, passageIds: ['a#1'] }, NOW);
    await feedback.record({ verdict: 'up', questionHash: HASH, passageIds: ['a#1'] }, NOW);
    await feedback.record({ verdict: 'down', questionHash: HASH, passageIds: [] }, NOW);
    assert.deepEqual(await feedback.counts(), { up: 2, down: 1 });
  });
});

forEachBackend('ProblemCardStore contract', (backend) => {
  const card = (keys: string[], activityId = 'a1', conversationId = 'a:kari') => ({ conversationId, activityId, keys, updatedAt: NOW.toISOString() });
  const KEY = problemNoticeKey('00000000-0000-0000-0000-000000000020');

  it('inserts once, then updates only at the version read', async () => {
    const { problemCards } = await backend().open();
    assert.equal(await problemCards.get(KEY), undefined);
    const v1 = await problemCards.put(KEY, card(['k1']), undefined);
    assert.ok(v1);
    assert.equal(await problemCards.put(KEY, card(['k2']), undefined), undefined, 'exists already');
    const v2 = await problemCards.put(KEY, card(['k1', 'k2'], 'a2', 'a:kari-ny'), v1);
    assert.ok(v2);
    assert.equal(await problemCards.put(KEY, card(['k3']), v1), undefined, 'stale version');
    assert.deepEqual((await problemCards.get(KEY))?.record, card(['k1', 'k2'], 'a2', 'a:kari-ny'), 'the chat is kept apart from the key');
    assert.equal((await problemCards.get(KEY))?.version, v2);
  });

});

forEachBackend('OnceStore contract', (backend) => {
  it('the first caller of a key wins, on any instance; other keys are free', async () => {
    const a = (await backend().open('shared')).once;
    const b = (await backend().open('shared')).once;
    const results = await Promise.all([a, b, a, b].map((s) => s.first('knowledge-sync 2026-11-23T08:00', NOW)));
    assert.deepEqual(results.filter(Boolean), [true]);
    assert.equal(await b.first('knowledge-sync 2026-11-23T10:00', NOW), true);
  });
});
