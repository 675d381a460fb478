import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { RecordingConnector } from '../support/recording-connector';
import { USERS, cardAction, channelMention, personalInstall } from '../support/activities';
import { post, startTestService } from '../support/service';

/** The Remind capability as the service wires it: commands, trigger route, "done" → status form. */
describe('reminders wired into the service', () => {
  const clock = new ManualClock('2027-01-29T12:00:00Z');
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({ REMINDER_TRIGGER_SECRET: 'hemmelig-nokkel' }, { clock });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  const trigger = (secret?: string) =>
    fetch(`${ctx.url}/api/reminders/run`, { method: 'POST', headers: secret ? { 'x-reminder-secret': secret } : {}, body: '{}' });

  it('refuses the trigger without the secret', async () => {
    assert.equal((await trigger()).status, 401);
    assert.equal((await trigger('feil')).status, 401);
  });

  it('logs wrong trigger secrets as one warning a minute, not one line per try', async () => {
    const before = ctx.lines.length;
    for (let i = 0; i < 25; i++) assert.equal((await trigger(`gjett-${i}`)).status, 401);
    const warned = () => ctx.lines.slice(before).filter((l) => /reminder trigger refused/.test(l));
    assert.equal(warned().length, 1, warned().join('\n'));
    assert.ok(warned().every((l) => !/gjett/.test(l)), 'the guesses are not logged');
    clock.advance(61_000);
    assert.equal((await trigger()).status, 401);
    assert.equal(warned().length, 2);
    assert.match(warned()[1]!, /24 more since the last line/);
  });

  it('posts the theme-day reminder to a subscribed channel on its working morning, and "done" opens the status form', async () => {
    await post(ctx.url, personalInstall(connector.url, USERS.kari));
    await post(ctx.url, channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    await connector.waitFor(2);
    connector.clear();

    clock.set('2027-02-01T08:00:30Z'); // Monday 1 February, 09:00 in Oslo
    const res = await trigger('hemmelig-nokkel');
    assert.equal(res.status, 200);
    await connector.waitFor(1);
    const reminder = connector.sent.find((s) => s.conversationId === '19:general@thread.tacv2');
    assert.match(JSON.stringify(reminder?.activity), /Temadag om vold i nære relasjoner/);
    assert.equal((await trigger('hemmelig-nokkel')).status, 200);
    assert.equal(connector.sent.filter((s) => s.conversationId === '19:general@thread.tacv2').length, 1, 'posted once');

    connector.clear();
    const done = await post(ctx.url, cardAction(connector.url, 'reminder.done', { entryId: 'W02', date: '2027-02-01' }, USERS.kari));
    assert.match(JSON.stringify(done.body), /Markert som gjort av Kari Nordmann/);
    await connector.waitFor(1);
    const form = connector.sent.find((s) => s.conversationId === 'a:personal-29:kari');
    assert.match(JSON.stringify(form?.activity), /Foreslå status for et tiltak/);
    assert.match(JSON.stringify(form?.activity), /"value":"1\.1"/);
  });
});
