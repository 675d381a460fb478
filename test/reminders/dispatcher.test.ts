import assert from 'node:assert/strict';
import sinon from 'sinon';
import { ManualClock } from '../../src/common/clock';
import { openDatabase } from '../../src/storage/database';
import { sqliteState } from '../../src/storage/state';
import { addDays, osloInstant } from '../../src/reminders/calendar';
import { computeOccurrences } from '../../src/reminders/occurrences';
import { CHANNELS, FakeSender, KARI, cardData, rig, subscribe, tempDbFile } from './dispatcher-support';

const KEY = (conversationId: string, entryId = 'W11', date = '2026-11-02') => ({ entryId, date, kind: 'month' as const, conversationId });

const AUDIENCES = ['alle-ledere', 'ledere-oppvekst', 'tryggest', 'helse'];

describe('reminder dispatcher', () => {
  it('posts every sample entry once, on its working day at its Oslo time, across a year', async function () {
    this.timeout(60_000);
    const r = rig();
    for (const a of AUDIENCES) await subscribe(r, a);
    // Run a minute before, at, and after each posting time of every day of 2026.
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      for (const time of ['08:59', '09:00', '09:01', '09:59', '10:00', '10:01']) {
        r.clock.set(osloInstant(date, time));
        await r.reminders.runOnce();
      }
    }
    const expected = computeOccurrences(r.plan.wheel, { from: '2026-01-01', to: '2026-12-31' }, r.clock).occurrences;
    // To the minute: the shared 50/s pacing spaces same-minute posts by a few milliseconds.
    const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
    const posted = r.sender.sent.map((s) => `${cardData(s.activity)?.entryId} ${cardData(s.activity)?.date} ${minute(s.at)} ${s.conversationId}`).sort();
    const want = expected.map((o) => {
      const audience = r.plan.wheel.find((e) => e.id === o.entryId)?.audience ?? '';
      return `${o.entryId} ${o.date} ${o.at.toISOString()} ${CHANNELS[audience]?.conversationId}`;
    }).sort();
    assert.deepEqual(posted, want);
    // Spot checks against the calendar: weekdays, holidays and the entries' own day and time.
    for (const line of [
      'W02 2026-02-02 2026-02-02T08:00:00.000Z', // first working day of February, 09:00 CET
      'W04 2026-03-02 2026-03-02T09:00:00.000Z', // time: 10:00
      'W06 2026-05-18 2026-05-18T07:00:00.000Z', // day 17 is Constitution Day (and a Sunday)
      'W07 2026-05-29 2026-05-29T07:00:00.000Z', // 30 days before 30 June is a Sunday: moved back
      'W11 2026-11-02 2026-11-02T08:00:00.000Z', // 09:00 CET after the DST change
    ]) assert.ok(posted.some((p) => p.startsWith(line)), line);
    assert.ok(!posted.some((p) => p.startsWith('W10')), 'W10 posts every second year from 2025');
  });

  it('two dispatchers on one database file post each reminder to each channel exactly once', async () => {
    const file = tempDbFile();
    const clock = new ManualClock('2026-09-01T06:00:00Z');
    const sender = new FakeSender(clock);
    const a = rig({ file, clock, sender });
    const b = rig({ file, clock, sender });
    await subscribe(a, 'alle-ledere', '2026-08-01');
    await subscribe(a, 'helse', '2026-08-01');
    clock.set('2026-09-01T07:00:00Z');
    await Promise.all([a.reminders.runOnce(), b.reminders.runOnce(), a.reminders.runOnce(), b.reminders.runOnce()]);
    await Promise.all([a.reminders.runOnce(), b.reminders.runOnce()]);
    assert.deepEqual(sender.entries().sort(), ['W03', 'W09']);
  });

  it('a claim left by a crashed dispatcher before it sent is posted at once after the restart', async () => {
    const file = tempDbFile();
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const before = rig({ file, clock });
    const ref = await subscribe(before, 'alle-ledere', '2026-11-01');
    // The dying process got as far as its claim; it never beats again.
    await before.state.reminderLedger.heartbeat('dead', clock.now());
    await before.state.reminderLedger.claim(KEY(ref.conversationId), { owner: 'dead', now: clock.now(), leaseMs: 120_000, staleMs: 30_000, late: false });
    before.db.close();
    const after = rig({ file, clock });
    clock.advance(31_000);
    const run = await after.reminders.runOnce();
    assert.equal(run.counts.sent, 1, 'not held back for the lease: the owner is silent');
    await after.reminders.runOnce();
    assert.deepEqual(after.sender.entries(), ['W11']);
  });

  it('a claim held by a live dispatcher waits, with the rest of its channel', async () => {
    const r = rig({ clock: new ManualClock('2026-11-02T08:00:00Z') });
    const ref = await subscribe(r, 'alle-ledere', '2026-11-01');
    await r.state.reminderLedger.heartbeat('other', r.clock.now());
    await r.state.reminderLedger.claim(KEY(ref.conversationId), { owner: 'other', now: r.clock.now(), leaseMs: 120_000, staleMs: 30_000, late: false });
    const run = await r.reminders.runOnce();
    assert.equal(run.counts.waiting, 1);
    assert.equal(r.sender.sent.length, 0);
  });

  it('a post cut short by a crash is never posted again; the coordinators are told, the channel goes on', async () => {
    const file = tempDbFile();
    const clock = new ManualClock('2026-08-31T00:00:00Z');
    const before = rig({ file, clock });
    // One channel with two audiences: W03 (helse) and W09 (alle-ledere) both post 1 Sep 09:00.
    const channel = await subscribe(before, 'alle-ledere', '2026-08-31');
    await before.reminders.subscriptions.subscribe(channel.conversationId, 'helse', 'k', '2026-08-31', clock.now());
    await before.conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: KARI }, clock.now());
    clock.set('2026-09-01T07:00:00Z');
    // The dying process recorded its intent to post W03 and was killed before the activity id.
    const ledger = before.state.reminderLedger;
    const claim = await ledger.claim({ entryId: 'W03', date: '2026-09-01', kind: 'month', conversationId: channel.conversationId }, { owner: 'dead', now: clock.now(), leaseMs: 120_000, staleMs: 30_000, late: false });
    assert.equal(claim.kind, 'claimed');
    assert.ok(claim.kind === 'claimed' && (await ledger.markSending(claim.lease, clock.now())));
    before.db.close();
    const after = rig({ file, clock });
    clock.advance(1000);
    const run = await after.reminders.runOnce();
    assert.equal(run.counts.uncertain, 1);
    assert.equal(run.counts.sent, 1);
    assert.deepEqual(after.sender.entries(channel.conversationId), ['W09'], 'W03 is not posted again; W09 is not held back');
    const told = after.sender.sent.filter((s) => s.conversationId === 'a:kari');
    assert.equal(told.length, 1);
    assert.match(String((told[0]?.activity as { text?: string }).text), /kanskje ikke postet/);
    await after.reminders.runOnce();
    assert.equal(after.sender.sent.length, 2, 'reported once');
  });

  it('a send Teams never answered is not tried again', async () => {
    const r = rig({ clock: new ManualClock('2026-09-01T07:00:00Z') });
    const channel = await subscribe(r, 'alle-ledere', '2026-08-31');
    r.sender.script.push({ kind: 'failed', error: 'ECONNRESET', maybeDelivered: true });
    const run = await r.reminders.runOnce();
    assert.equal(run.counts.uncertain, 1);
    r.clock.advance(60 * 60_000);
    await r.reminders.runOnce();
    assert.equal(r.sender.calls, 1);
    assert.equal((await r.state.reminderLedger.row(KEY(channel.conversationId, 'W09', '2026-09-01')))?.state, 'uncertain');
  });

  it('a state store error on one channel leaves it for a later run and the other channels go on', async () => {
    const db = openDatabase(':memory:');
    const state = sqliteState(db);
    const claim = state.reminderLedger.claim.bind(state.reminderLedger);
    let broken = true;
    state.reminderLedger.claim = async (key, o) => {
      if (broken && key.conversationId === CHANNELS.helse?.conversationId) throw new Error('ECONNRESET');
      return claim(key, o);
    };
    const r = rig({ state, clock: new ManualClock('2026-09-01T07:00:00Z') });
    await subscribe(r, 'alle-ledere', '2026-08-31');
    await subscribe(r, 'helse', '2026-08-31');
    const run = await r.reminders.runOnce();
    assert.equal(run.counts.failed, 1);
    assert.deepEqual(r.sender.entries(), ['W09']);
    broken = false;
    await r.reminders.runOnce();
    assert.deepEqual(r.sender.entries().sort(), ['W03', 'W09']);
  });

  it('after three 429s leaves the reminder due, then posts all in order per channel, none twice', async () => {
    const r = rig({ clock: new ManualClock('2026-08-31T00:00:00Z') });
    // One channel with two audiences: W03 (helse) and W09 (alle-ledere) both post 1 Sep 09:00.
    const channel = await subscribe(r, 'alle-ledere', '2026-08-31');
    await r.reminders.subscriptions.subscribe(channel.conversationId, 'helse', 'k', '2026-08-31', r.clock.now());
    r.sender.script.push(...Array.from({ length: 3 }, () => ({ kind: 'throttled' as const, retryAfterMs: 1000 })));
    r.clock.set('2026-09-01T07:00:00Z');
    const first = await r.reminders.runOnce();
    assert.equal(first.counts.throttled, 1, 'three throttles in a row leave it for the next run');
    assert.equal(r.sender.sent.length, 0, 'W09 waits behind W03, to keep the channel in order');
    r.clock.advance(60_000);
    await r.reminders.runOnce();
    await r.reminders.runOnce();
    assert.deepEqual(r.sender.entries(channel.conversationId), ['W03', 'W09']);
    assert.equal(r.sender.calls, 5);
  });

  it('honours Retry-After within a run and still posts in order', async () => {
    const r = rig({ clock: new ManualClock('2026-08-31T00:00:00Z') });
    await subscribe(r, 'alle-ledere', '2026-08-31');
    await subscribe(r, 'helse', '2026-08-31');
    r.sender.script.push({ kind: 'throttled', retryAfterMs: 1000 }, { kind: 'throttled' });
    r.clock.set('2026-09-01T07:00:00Z');
    const start = r.clock.now().getTime();
    const report = await r.reminders.runOnce();
    assert.equal(report.counts.sent, 2);
    assert.ok(r.clock.now().getTime() - start >= 1000, 'waited at least Retry-After');
    assert.deepEqual(r.sender.entries().sort(), ['W03', 'W09']);
  });

  it('a 403 marks the subscription gone and tells the coordinators in their personal chat', async () => {
    const r = rig({ clock: new ManualClock('2026-11-01T00:00:00Z') });
    const ref = await subscribe(r, 'alle-ledere', '2026-11-01');
    await r.conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: '00000000-0000-0000-0000-000000000020' }, r.clock.now());
    r.sender.script.push({ kind: 'gone', status: 403 });
    r.clock.set('2026-11-02T08:00:00Z');
    const report = await r.reminders.runOnce();
    assert.equal(report.counts.gone, 1);
    assert.deepEqual(await r.reminders.subscriptions.forAudience('alle-ledere'), []);
    assert.ok((await r.conversations.get(ref.conversationId))?.goneAt);
    assert.equal(r.sender.sent.length, 1);
    assert.equal(r.sender.sent[0]?.conversationId, 'a:kari');
    assert.match(String((r.sender.sent[0]?.activity as { text?: string }).text), /kan ikke lenger poste påminnelser i kanalen «alle-ledere»/);
    await r.reminders.runOnce();
    assert.equal(r.sender.sent.length, 1, 'told once; nothing more posted to the gone channel');
  });

  it('posts a reminder missed for 2 days as late, and lists one missed for 4 days without posting it', async () => {
    const r = rig({ clock: new ManualClock('2026-08-01T00:00:00Z') });
    await subscribe(r, 'alle-ledere', '2026-08-01');
    await subscribe(r, 'ledere-oppvekst', '2026-08-01');
    // W08 posts 3 Aug 09:00 and W09 1 Sep 09:00. Down until 3 Sep 09:30 and 7 Aug 09:30.
    r.clock.set('2026-08-07T07:30:00Z');
    const four = await r.reminders.runOnce();
    assert.deepEqual(four.expired.map((e) => e.entryId), ['W08']);
    assert.equal(r.sender.sent.length, 0);
    assert.match(r.logs.join('\n'), /W08 2026-08-03 month is older than the catch-up window/);
    assert.equal((await r.reminders.runOnce()).expired.length, 0, 'listed once');
    r.clock.set('2026-09-03T07:30:00Z');
    await r.reminders.runOnce();
    assert.deepEqual(r.sender.entries(), ['W09']);
    assert.match(JSON.stringify(r.sender.sent[0]?.activity), /Forsinket påminnelse/);
  });

  it('a reminder on time carries no late marker', async () => {
    const r = rig({ clock: new ManualClock('2026-09-01T07:00:00Z') });
    await subscribe(r, 'alle-ledere', '2026-09-01');
    await r.reminders.runOnce();
    assert.deepEqual(r.sender.entries(), ['W09']);
    assert.doesNotMatch(JSON.stringify(r.sender.sent[0]?.activity), /Forsinket/);
  });

  it('a channel subscribed today gets today\'s reminder but no backlog from before', async () => {
    const r = rig({ clock: new ManualClock('2026-06-30T10:00:00Z') });
    await subscribe(r, 'alle-ledere', '2026-06-30');
    await r.reminders.runOnce();
    assert.deepEqual(r.sender.entries(), ['W07']);
    assert.equal(r.sender.sent.length, 1, 'not the 23 June reminder');
  });

  it('start() runs the dispatcher every minute and stop() ends it', async () => {
    const timers = sinon.useFakeTimers({ now: new Date('2026-09-01T06:59:30Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const r = rig();
      const run = sinon.stub(r.reminders.dispatcher, 'runOnce').resolves();
      r.reminders.start();
      await timers.tickAsync(30_000);
      assert.equal(run.callCount, 1);
      await timers.tickAsync(120_000);
      assert.equal(run.callCount, 3);
      await r.reminders.stop();
      await timers.tickAsync(120_000);
      assert.equal(run.callCount, 3);
    } finally {
      timers.restore();
    }
  });
});
