import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { planProblemsFeature } from '../../src/bot/plan-problems';
import type { LivePlan } from '../../src/plan/live';
import type { PlanProblem } from '../../src/plan/problems';
import { FakeSender, KARI } from '../reminders/dispatcher-support';
import { forEachBackend } from '../support/state-backends';

const PROBLEM: PlanProblem = { kind: 'goal', ref: { list: 'measures', position: 4, itemId: '7' }, id: '1.4', message: 'Delmål G9 finnes ikke.' };

/** The problem card goes out once per change, however many instances poll the plan. */
forEachBackend('plan problems on several instances', (backend) => {
  it('three instances that see the same new problem post one card', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const sender = new FakeSender(clock);
    const plan = { problems: [PROBLEM], coordinators: [{ aadObjectId: KARI, name: 'Kari Nordmann' }], kind: 'sharepoint' } as unknown as LivePlan;
    const log = new Logger('test', 'error', () => {});
    const features = await Promise.all([0, 1, 2].map(async () => {
      const state = await backend().open('shared');
      return planProblemsFeature({ plan, cards: state.problemCards, conversations: state.conversations, sender, clock, log });
    }));
    const { conversations } = await backend().open('shared');
    await conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: KARI }, clock.now());
    await Promise.all(features.map((f) => f.notify()));
    await Promise.all(features.map((f) => f.notify()));
    assert.equal(sender.sent.length, 1);
  });

  it('a card that could not be posted is tried again at the next poll', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const sender = new FakeSender(clock);
    const plan = { problems: [PROBLEM], coordinators: [{ aadObjectId: KARI, name: 'Kari Nordmann' }], kind: 'sharepoint' } as unknown as LivePlan;
    const state = await backend().open();
    await state.conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: KARI }, clock.now());
    const f = planProblemsFeature({ plan, cards: state.problemCards, conversations: state.conversations, sender, clock, log: new Logger('test', 'error', () => {}) });
    sender.script.push({ kind: 'failed', error: 'HTTP 500', status: 500 });
    await f.notify();
    assert.equal(sender.sent.length, 0);
    await f.notify();
    assert.equal(sender.sent.length, 1);
    assert.equal((await state.problemCards.get('a:kari'))?.record.activityId, 'a-1');
  });
});
