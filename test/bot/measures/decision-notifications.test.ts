import assert from 'node:assert/strict';
import type { ActivityLike } from '@microsoft/teams.api';
import { ManualClock } from '../../../src/common/clock';
import { approvalCard } from '../../../src/bot/measures/cards';
import { DecisionNotifier } from '../../../src/bot/measures/notify';
import type { MessageSender, SendResult } from '../../../src/bot/message-sender';
import { createMeasures } from '../../../src/measures';
import type { Proposal } from '../../../src/measures/types';
import type { ConversationRef } from '../../../src/storage/conversation-store';
import type { StateStores } from '../../../src/storage/state';
import { forEachBackend } from '../../support/state-backends';
import { kari, ola, per, recordingLogger, testPlan } from '../../measures/fixtures';

/** A MessageSender that records what it was asked to send, and answers like Teams. */
class RecordingSender implements MessageSender {
  readonly sent: Array<{ conversationId: string; activity: ActivityLike & { id?: string; text?: string } }> = [];
  async send(ref: ConversationRef, activity: ActivityLike): Promise<SendResult> {
    this.sent.push({ conversationId: ref.conversationId, activity: activity as ActivityLike & { id?: string } });
    return { kind: 'sent', activityId: `sent-${this.sent.length}` };
  }
}

const chat = (who: { aadObjectId: string }): ConversationRef => ({
  conversationId: `a:personal-${who.aadObjectId}`, kind: 'personal', serviceUrl: 'http://connector.invalid', userAadObjectId: who.aadObjectId, userId: `29:${who.aadObjectId}`,
});
const text = (v: unknown) => JSON.stringify(v);

/**
 * kill -9 between a decision and its messages (finding 5): the decision is committed with its
 * notifications owed, so a restarted process (or another instance) sends them, once.
 */
forEachBackend('decision notifications after a crash', (backend) => {
  let clock: ManualClock;
  beforeEach(() => {
    clock = new ManualClock('2026-03-01T09:00:00Z');
  });

  /** One process: its own handles on the shared state, a notifier, and a sender that records. */
  async function process(): Promise<{ state: StateStores; notifier: DecisionNotifier; sender: RecordingSender }> {
    const state = await backend().open('shared');
    const sender = new RecordingSender();
    const notifier = new DecisionNotifier({
      ledger: state.decisions, conversations: state.conversations, approvals: state.approvals, sender, clock, log: recordingLogger().log,
      decidedCard: async (p, decision) => approvalCard(p, `Tiltak ${p.measureId}`, { kind: 'decided', decision }, []),
    });
    return { state, notifier, sender };
  }

  /** Ola proposes, the card sits in Kari's and Per's chats and Ola's receipt; Kari approves; then the process dies. */
  async function decideThenCrash(state: StateStores): Promise<Proposal> {
    for (const who of [kari, per, ola]) await state.conversations.upsert(chat(who), clock.now());
    const m = createMeasures({ ledger: state.decisions, outboxStore: state.outbox, repo: await state.measures(testPlan()), plan: testPlan(), clock, log: recordingLogger().log });
    const r = await m.service.propose({ measureId: '1.1', status: 'Pågår', proposer: ola }, clock.now());
    assert.equal(r.kind, 'proposed');
    const p = (r as { proposal: Proposal }).proposal;
    await state.approvals.add({ proposalId: p.id, conversationId: chat(kari).conversationId, activityId: 'card-kari' });
    await state.approvals.add({ proposalId: p.id, conversationId: chat(per).conversationId, activityId: 'card-per' });
    await state.approvals.add({ proposalId: p.id, conversationId: chat(ola).conversationId, activityId: 'receipt-ola' });
    assert.equal((await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now())).kind, 'approved');
    return p;
  }

  it('the restarted process updates every copy, the receipt too, and tells the proposer, once', async () => {
    const before = await process();
    await decideThenCrash(before.state);
    assert.equal(before.sender.sent.length, 0, 'the crash came before any message');

    const after = await process();
    assert.equal(await after.notifier.sweep(), 0, 'a decision seconds old may still be sending its own');
    clock.advance(30_000);
    assert.equal(await after.notifier.sweep(), 1);
    const updates = after.sender.sent.filter((s) => s.activity.id);
    assert.deepEqual(updates.map((u) => u.activity.id).sort(), ['card-kari', 'card-per', 'receipt-ola']);
    for (const u of updates) {
      assert.match(text(u.activity), /Godkjent av Kari Nordmann/);
      assert.doesNotMatch(text(u.activity), /measure\.approve|Venter på godkjenning/);
    }
    const toOla = after.sender.sent.filter((s) => s.conversationId === chat(ola).conversationId && !s.activity.id);
    assert.deepEqual(toOla.map((s) => s.activity.text), ['Kari Nordmann godkjente forslaget ditt: tiltak 1.1 har nå status «Pågår».']);

    assert.equal(await after.notifier.sweep(), 0, 'nothing is owed any more');
    assert.equal(after.sender.sent.length, 4);
  });

  it('two processes sweeping at once tell the proposer once', async () => {
    const a = await process();
    await decideThenCrash(a.state);
    const b = await process();
    clock.advance(30_000);
    const done = await Promise.all([a.notifier.sweep(), b.notifier.sweep()]);
    assert.equal(done[0]! + done[1]!, 1);
    const toOla = [...a.sender.sent, ...b.sender.sent].filter((s) => s.conversationId === chat(ola).conversationId && !s.activity.id);
    assert.equal(toOla.length, 1);
  });

  it('completing a decision whose messages were sent sends nothing (a re-click after a normal click)', async () => {
    const a = await process();
    const p = await decideThenCrash(a.state);
    assert.equal(await a.notifier.complete(p.id, { clicked: 'card-kari' }), true);
    assert.equal(a.sender.sent.filter((s) => s.activity.id === 'card-kari').length, 0, 'Teams updates the clicked card from the invoke response');
    const sent = a.sender.sent.length;
    assert.equal(await a.notifier.complete(p.id), false);
    assert.equal(a.sender.sent.length, sent);
  });
});
