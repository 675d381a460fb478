import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { loadPlan } from '../../src/plan/load';
import { createReminders, type ReminderDone } from '../../src/reminders';
import { USERS, cardAction, channelMention, personalMessage } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService } from '../support/service';
import { KARI, SAMPLE_PLAN } from '../reminders/dispatcher-support';

const GENERAL = '19:general@thread.tacv2';

describe('reminders in Teams', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  let reminders: ReturnType<typeof createReminders>;
  let done: ReminderDone[];
  let clock: ManualClock;

  beforeEach(async () => {
    done = [];
    clock = new ManualClock('2026-11-03T10:00:00Z');
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({}, {
      clock,
      features: (f) => {
        reminders = createReminders({
          ...f, ledger: f.state.reminderLedger, subscriptions: f.state.subscriptions, plan: loadPlan(SAMPLE_PLAN), coordinators: (id) => id === KARI,
          measureStatus: (id) => (id === '1.2' ? 'Fullført' : undefined),
          onDone: (d) => void done.push(d),
          sleep: async (ms) => clock.advance(ms),
        });
        return reminders.feature;
      },
    });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  async function say(activity: object): Promise<string> {
    const before = connector.sent.length;
    await post(ctx.url, activity);
    await connector.waitFor(before + 1);
    return JSON.stringify(connector.sent[before]?.activity);
  }

  it('a coordinator subscribes a channel, lists it and ends it', async () => {
    assert.match(await say(channelMention(connector.url, 'abonner alle-ledere', USERS.kari)), /får nå påminnelser for «alle-ledere»/);
    assert.match(await say(channelMention(connector.url, 'abonner alle-ledere', USERS.kari)), /abonnerer allerede/);
    assert.equal((await reminders.subscriptions.forAudience('alle-ledere'))[0]?.conversationId, GENERAL);
    assert.equal(JSON.stringify(await reminders.subscriptions.forAudience('alle-ledere')).includes(';messageid'), false);
    assert.match(await say(channelMention(connector.url, 'abonnement', USERS.per)), /påminnelser for: alle-ledere/);
    assert.match(await say(channelMention(connector.url, 'avslutt alle-ledere', USERS.kari)), /ikke lenger påminnelser/);
    assert.deepEqual(await reminders.subscriptions.forAudience('alle-ledere'), []);
  });

  it('refuses a non-coordinator politely and changes nothing', async () => {
    assert.match(await say(channelMention(connector.url, 'abonner alle-ledere', USERS.per)), /bare koordinatorene/);
    assert.deepEqual(await reminders.subscriptions.forAudience('alle-ledere'), []);
  });

  it('answers an unknown audience with the plan\'s audiences', async () => {
    const reply = await say(channelMention(connector.url, 'abonner rektorer', USERS.kari));
    assert.match(reply, /finnes ikke i årshjulet/);
    assert.match(reply, /alle-ledere, helse, ledere-oppvekst, tryggest/);
  });

  it('explains in a personal chat that subscribing is done in a channel', async () => {
    assert.match(await say(personalMessage(connector.url, 'abonner alle-ledere', USERS.kari)), /gjøres i en kanal/);
  });

  it('shows the wheel card with three months and a picture', async () => {
    const reply = await say(personalMessage(connector.url, 'årshjul'));
    assert.match(reply, /November 2026/);
    assert.match(reply, /Desember 2026/);
    assert.match(reply, /Januar 2027/);
    assert.match(reply, /En uke mot vold/);
    const image = /"url":"data:image\/png;base64,([^"]+)"/.exec(reply)?.[1] ?? '';
    assert.ok(image.length > 1000 && image.length < 30_000, `image is ${image.length} chars`);
    assert.match(await say(personalMessage(connector.url, 'arshjul')), /Årshjulet/);
  });

  it('in a channel the wheel card shows only its subscribed audiences', async () => {
    await say(channelMention(connector.url, 'abonner tryggest', USERS.kari));
    const reply = await say(channelMention(connector.url, 'årshjul', USERS.per));
    assert.match(reply, /For målgruppene i denne kanalen: tryggest/);
    assert.doesNotMatch(reply, /En uke mot vold/);
  });

  it('"Marker som gjort" records the verified sender once and answers with the updated card', async () => {
    const res = await post(ctx.url, cardAction(connector.url, 'reminder.done', { entryId: 'W11', date: '2026-11-02', by: 'forged' }));
    assert.equal(res.status, 200);
    const body = JSON.stringify(res.body);
    assert.match(body, /Markert som gjort av Kari Nordmann/);
    assert.match(body, /Fullført/, 'shows the measure status from the measures capability');
    assert.doesNotMatch(body, /"verb":"reminder.done"/);
    await post(ctx.url, cardAction(connector.url, 'reminder.done', { entryId: 'W11', date: '2026-11-02' }, USERS.ola));
    assert.equal(done.length, 1);
    assert.equal(done[0]?.byAadObjectId, KARI);
    assert.deepEqual(done[0]?.measures, ['1.2']);
    assert.equal((await reminders.ledger.doneOf('W11', '2026-11-02'))?.byName, 'Kari Nordmann');
  });

  it('"Marker som gjort" stores a display name that holds a phone number masked', async () => {
    await post(ctx.url, cardAction(connector.url, 'reminder.done', { entryId: 'W11', date: '2026-11-02' }, { ...USERS.ola, name: 'Ola Hansen 938 47 519' }));
    assert.equal((await reminders.ledger.doneOf('W11', '2026-11-02'))?.byName, 'Ola Hansen [telefonnummer fjernet]');
    assert.doesNotMatch(JSON.stringify(ctx.service.db.prepare('SELECT * FROM reminder_done').all()), /938/);
  });

  it('forged "done" data gets a Norwegian message and records nothing', async () => {
    for (const data of [{ entryId: 'W99', date: '2026-11-02' }, { entryId: 'W11', date: '2026-11-03' }, { entryId: 'W11', date: '2026-13-45' }, { entryId: { $ne: 1 } }, {}]) {
      const res = await post(ctx.url, cardAction(connector.url, 'reminder.done', data));
      assert.match(JSON.stringify(res.body), /finnes ikke i årshjulet/);
    }
    assert.equal(done.length, 0);
    assert.equal(await reminders.ledger.doneOf('W11', '2026-11-03'), undefined);
  });

  describe('trigger endpoint', () => {
    it('answers 503 when no secret is configured', async () => {
      const res = await reminders.triggerHandler(undefined)({ body: undefined, headers: { 'x-reminder-secret': 'x' } });
      assert.equal(res.status, 503);
    });

    it('answers 401 for a missing or wrong secret, and runs nothing', async () => {
      const handler = reminders.triggerHandler('s3cret');
      assert.equal((await handler({ body: undefined, headers: {} })).status, 401);
      assert.equal((await handler({ body: undefined, headers: { 'x-reminder-secret': 's3cret-not' } })).status, 401);
      assert.equal((await handler({ body: undefined, headers: { authorization: 'Bearer nope' } })).status, 401);
    });

    it('runs the dispatcher once and answers 200 with counts only', async () => {
      await say(channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
      clock.set('2026-12-01T08:00:00Z');
      const handler = reminders.triggerHandler('s3cret');
      const res = await handler({ body: undefined, headers: { authorization: 'Bearer s3cret' } });
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { due: 1, sent: 1, alreadyDone: 0, waiting: 0, throttled: 0, failed: 0, gone: 0, expired: 0, uncertain: 0 });
      const again = await handler({ body: undefined, headers: { 'x-reminder-secret': 's3cret' } });
      assert.equal((again.body as { sent: number }).sent, 0);
    });
  });
});
