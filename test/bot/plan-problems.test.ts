import assert from 'node:assert/strict';
import type { Activity } from '@microsoft/teams.api';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { QUIET_MS, planProblemsFeature } from '../../src/bot/plan-problems';
import type { LivePlan } from '../../src/plan/live';
import { problemKey, type PlanProblem } from '../../src/plan/problems';
import { problemNoticeKey } from '../../src/storage/problem-cards';
import type { StateStores } from '../../src/storage/state';
import { FakeSender, KARI } from '../reminders/dispatcher-support';
import { forEachBackend } from '../support/state-backends';

const PROBLEM: PlanProblem = { kind: 'goal', ref: { list: 'measures', position: 4, itemId: '7' }, id: '1.4', message: 'Delmål G9 finnes ikke.' };
const OTHER: PlanProblem = { kind: 'audience', ref: { list: 'wheel', position: 3, itemId: '3' }, id: 'W03', message: 'målgruppen «helsee» er ukjent' };
const SERVICE = 'http://connector.invalid';

/** A plan whose problems a test sets, with Kari as its coordinator. */
function fakePlan(problems: PlanProblem[]) {
  return { problems, coordinators: [{ aadObjectId: KARI, name: 'Kari Nordmann' }], kind: 'sharepoint' } as unknown as LivePlan & { problems: PlanProblem[] };
}

const log = new Logger('test', 'error', () => {});
const idOf = (a: unknown) => (a as { id?: string }).id;
const fromKari = { type: 'message', from: { id: '29:kari', aadObjectId: KARI } } as unknown as Activity;

/** The unasked card goes out once per change, however many instances poll the plan. */
forEachBackend('plan problems on several instances', (backend) => {
  it('three instances that see the same new problem post one card', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const sender = new FakeSender(clock);
    const plan = fakePlan([PROBLEM]);
    const features = await Promise.all([0, 1, 2].map(async () => {
      const state = await backend().open('shared');
      return planProblemsFeature({ plan, cards: state.problemCards, conversations: state.conversations, sender, clock, log });
    }));
    const { conversations } = await backend().open('shared');
    await conversations.upsert({ conversationId: 'a:kari', serviceUrl: SERVICE, kind: 'personal', userAadObjectId: KARI }, clock.now());
    clock.advance(QUIET_MS);
    await Promise.all(features.map((f) => f.notify()));
    await Promise.all(features.map((f) => f.notify()));
    assert.equal(sender.sent.length, 1);
  });

  it('a card that could not be posted is tried again at the next poll', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const sender = new FakeSender(clock);
    const state = await backend().open();
    await state.conversations.upsert({ conversationId: 'a:kari', serviceUrl: SERVICE, kind: 'personal', userAadObjectId: KARI }, clock.now());
    const f = planProblemsFeature({ plan: fakePlan([PROBLEM]), cards: state.problemCards, conversations: state.conversations, sender, clock, log });
    clock.advance(QUIET_MS);
    sender.script.push({ kind: 'failed', error: 'HTTP 500', status: 500 });
    await f.notify();
    assert.equal(sender.sent.length, 0);
    await f.notify();
    assert.equal(sender.sent.length, 1);
    assert.equal((await state.problemCards.get(problemNoticeKey(KARI)))?.record.activityId, 'a-1');
  });
});

/** When the unasked card is sent, so that it does not interrupt (docs/plan.md). */
forEachBackend('the unasked plan-problem card', (backend) => {
  let clock: ManualClock;
  let sender: FakeSender;
  let state: StateStores;
  const chat = async (conversationId: string) =>
    state.conversations.upsert({ conversationId, serviceUrl: SERVICE, kind: 'personal', userAadObjectId: KARI }, clock.now());
  const start = (plan: LivePlan) => planProblemsFeature({ plan, cards: state.problemCards, conversations: state.conversations, sender, clock, log });

  beforeEach(async () => {
    clock = new ManualClock('2026-11-02T08:00:00Z');
    sender = new FakeSender(clock);
    state = await backend().open('shared');
    await chat('a:kari');
  });

  it('is not the first thing after a start: the polls of the first ten minutes send nothing, the first after them does', async () => {
    const f = start(fakePlan([PROBLEM]));
    await f.notify();
    clock.advance(QUIET_MS - 60_000);
    await f.notify();
    assert.equal(sender.sent.length, 0);
    clock.advance(60_000);
    await f.notify();
    assert.equal(sender.sent.length, 1);
    assert.match(JSON.stringify(sender.sent[0]!.activity), /Planen har 1 problem/);
  });

  it('waits while the coordinator is talking to the bot, until ten minutes after their last message', async () => {
    const f = start(fakePlan([PROBLEM]));
    clock.advance(QUIET_MS);
    f.onActivity!(fromKari);
    clock.advance(5 * 60_000);
    f.onActivity!(fromKari);
    clock.advance(5 * 60_000);
    await f.notify();
    assert.equal(sender.sent.length, 0, 'in a conversation');
    clock.advance(5 * 60_000);
    await f.notify();
    assert.equal(sender.sent.length, 1);
  });

  it('tells problems once: not again after a restart, nor in a new chat (a reinstall, the Playground reloaded)', async () => {
    const plan = fakePlan([PROBLEM]);
    const before = start(plan);
    clock.advance(QUIET_MS);
    await before.notify();
    assert.equal(sender.sent.length, 1);

    const afterRestart = start(plan);
    await chat('a:kari-new-chat');
    clock.advance(QUIET_MS);
    await afterRestart.notify();
    assert.equal(sender.sent.length, 1, 'nothing new');

    plan.problems = [PROBLEM, OTHER];
    await afterRestart.notify();
    assert.equal(sender.sent.length, 3, 'a new problem: a new card in the current chat, and the old card marked as replaced');
    assert.equal(sender.sent[1]!.conversationId, 'a:kari-new-chat');
    assert.match(JSON.stringify(sender.sent[1]!.activity), /Planen har 2 problemer/);
    assert.deepEqual([sender.sent[2]!.conversationId, idOf(sender.sent[2]!.activity)], ['a:kari', 'a-1']);
    assert.match(JSON.stringify(sender.sent[2]!.activity), /Erstattet/);
  });

  it('a fixed problem updates the card in place at once, which Teams does not notify', async () => {
    const plan = fakePlan([PROBLEM, OTHER]);
    const f = start(plan);
    clock.advance(QUIET_MS);
    await f.notify();
    f.onActivity!(fromKari);
    plan.problems = [PROBLEM];
    await f.notify();
    assert.equal(sender.sent.length, 2);
    assert.equal(idOf(sender.sent[1]!.activity), 'a-1', 'an update of the card, not a new post');
    assert.match(JSON.stringify(sender.sent[1]!.activity), /Planen har 1 problem/);
  });

  it('"problemer" counts as being told: the poll after it sends nothing unasked', async () => {
    const f = start(fakePlan([PROBLEM]));
    const shown: unknown[] = [];
    const ctx = { activity: { ...fromKari, conversation: { id: 'a:kari' } }, send: async (a: unknown) => (shown.push(a), { id: 'shown-1' }) };
    await f.commands!.problemer!(ctx as never, '');
    assert.equal(shown.length, 1);
    clock.advance(QUIET_MS);
    await f.notify();
    assert.equal(sender.sent.length, 0);
    assert.equal((await state.problemCards.get(problemNoticeKey(KARI)))?.record.activityId, 'shown-1');
  });

  it('carries over what an earlier release told in the chat: its problems are not told again', async () => {
    await state.problemCards.put('a:kari', { conversationId: 'a:kari', activityId: 'old-1', keys: [problemKey(PROBLEM)], updatedAt: clock.now().toISOString() }, undefined);
    const f = start(fakePlan([PROBLEM]));
    clock.advance(QUIET_MS);
    await f.notify();
    assert.equal(sender.sent.length, 0);
  });
});
