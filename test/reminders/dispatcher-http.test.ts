import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { loadPlan } from '../../src/plan/load';
import { createReminders } from '../../src/reminders';
import { USERS, channelMention } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService } from '../support/service';
import { KARI, SAMPLE_PLAN, cardData } from './dispatcher-support';

describe('reminder dispatcher over the real Teams connector path', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  let reminders: ReturnType<typeof createReminders>;
  const clock = new ManualClock('2026-08-31T10:00:00Z');

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({}, {
      clock,
      features: (f) => {
        reminders = createReminders({
          ...f, ledger: f.state.reminderLedger, subscriptions: f.state.subscriptions, plan: loadPlan(SAMPLE_PLAN), coordinators: (id) => id === KARI,
          sleep: async (ms) => clock.advance(ms), random: () => 0.5,
        });
        return reminders.feature;
      },
    });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('subscribed in a channel, a reminder survives three 429s (Retry-After: 1) and arrives once, in order', async () => {
    await post(ctx.url, channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    await post(ctx.url, channelMention(connector.url, 'abonner helse', USERS.kari));
    await connector.waitFor(2);
    assert.match(String(connector.sent[0]?.activity.text), /får nå påminnelser for «alle-ledere»/);
    connector.clear();
    const fault = { status: 429, headers: { 'retry-after': '1' } };
    connector.failNext(fault, fault, fault);
    clock.set('2026-09-01T07:00:00Z');
    const first = await reminders.runOnce();
    assert.equal(first.counts.throttled, 1, 'the 429s reached the dispatcher as values');
    assert.equal(connector.sent.length, 0);
    clock.advance(60_000);
    await reminders.runOnce();
    await reminders.runOnce();
    const posted = connector.sent.map((s) => [s.conversationId, cardData(s.activity as never)?.entryId]);
    // A new post in the channel itself, not a reply in the thread the command came from.
    assert.deepEqual(posted, [['19:general@thread.tacv2', 'W03'], ['19:general@thread.tacv2', 'W09']]);
    assert.equal(connector.sent.filter((s) => s.replyToId).length, 0);
  });
});
