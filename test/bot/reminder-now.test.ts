import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { loadPlan } from '../../src/plan/load';
import { createReminders } from '../../src/reminders';
import { USERS, channelMention, personalMessage } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService } from '../support/service';
import { KARI, SAMPLE_PLAN } from '../reminders/dispatcher-support';

const GENERAL = '19:general@thread.tacv2';

describe('"påminnelse": a coordinator posts the next reminder to a channel now', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  let reminders: ReturnType<typeof createReminders>;
  const clock = new ManualClock('2026-11-03T10:00:00Z');

  beforeEach(async () => {
    clock.set('2026-11-03T10:00:00Z');
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({}, {
      clock,
      features: (f) => {
        reminders = createReminders({ ...f, ledger: f.state.reminderLedger, subscriptions: f.state.subscriptions, plan: loadPlan(SAMPLE_PLAN), coordinators: (id) => id === KARI, sleep: async (ms) => clock.advance(ms) });
        return reminders.feature;
      },
    });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  async function say(activity: object): Promise<string[]> {
    const before = connector.sent.length;
    await post(ctx.url, activity);
    await connector.waitFor(before + 1);
    return connector.sent.slice(before).map((s) => JSON.stringify(s.activity));
  }
  const cardsInGeneral = () => connector.sent.filter((s) => s.conversationId === GENERAL && /reminder\.done/.test(JSON.stringify(s.activity)));

  it('posts the channel\'s next reminder card as a new post, and the scheduled run does not post it again', async () => {
    await say(channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    const replies = await say(channelMention(connector.url, 'påminnelse', USERS.kari));
    const posted = cardsInGeneral();
    assert.equal(posted.length, 1);
    assert.match(JSON.stringify(posted[0]?.activity), /Årlig evaluering av handlingsplanen/);
    assert.match(JSON.stringify(posted[0]?.activity), /Marker som gjort/);
    assert.equal(posted[0]?.replyToId, undefined, 'a new post, not a reply in the thread');
    assert.ok(replies.some((r) => /Påminnelsen «Årlig evaluering av handlingsplanen» er postet nå\. Den var planlagt 01\.12\.2026/.test(r)));

    clock.set('2026-12-01T08:00:30Z'); // its scheduled morning
    const run = await reminders.runOnce();
    assert.equal(run.counts.sent, 0);
    assert.equal(run.counts.alreadyDone, 1);
    assert.equal(cardsInGeneral().length, 1, 'posted once');

    // The next one after it is the following reminder, not the same again.
    clock.set('2026-11-03T11:00:00Z');
    await say(channelMention(connector.url, 'påminnelse', USERS.kari));
    assert.equal(cardsInGeneral().length, 2);
    assert.doesNotMatch(JSON.stringify(cardsInGeneral()[1]?.activity), /Årlig evaluering av handlingsplanen/);
  });

  it('is for coordinators, in a subscribed channel; others get a clear answer and nothing is posted', async () => {
    assert.match((await say(channelMention(connector.url, 'påminnelse', USERS.kari))).join(), /abonnerer ikke på noen påminnelser/);
    await say(channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    assert.match((await say(channelMention(connector.url, 'påminnelse', USERS.per))).join(), /bare koordinatorene/);
    assert.match((await say(personalMessage(connector.url, 'påminnelse', USERS.kari))).join(), /i kanalen som skal få påminnelsen/);
    assert.equal(cardsInGeneral().length, 0);
  });
});
