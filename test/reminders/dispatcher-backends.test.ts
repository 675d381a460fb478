import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { forEachBackend } from '../support/state-backends';
import { FakeSender, KARI, rig, subscribe } from './dispatcher-support';

/** The dispatcher's exactly-once rules hold on each state backend, with several dispatchers on one store. */
forEachBackend('reminder dispatcher on shared state', (backend) => {
  it('three dispatchers racing on one store post each reminder to each channel exactly once', async () => {
    const clock = new ManualClock('2026-09-01T06:00:00Z');
    const sender = new FakeSender(clock);
    const rigs = await Promise.all([0, 1, 2].map(async () => rig({ clock, sender, state: await backend().open('shared') })));
    await subscribe(rigs[0]!, 'alle-ledere', '2026-08-01');
    await subscribe(rigs[0]!, 'helse', '2026-08-01');
    clock.set('2026-09-01T07:00:00Z');
    await Promise.all(rigs.flatMap((r) => [r.reminders.runOnce(), r.reminders.runOnce()]));
    await Promise.all(rigs.map((r) => r.reminders.runOnce()));
    assert.deepEqual(sender.entries().sort(), ['W03', 'W09']);
  });

  it('after a crash mid-send the survivor posts the rest of the channel and reports the cut-short one', async () => {
    const clock = new ManualClock('2026-08-31T00:00:00Z');
    const survivor = rig({ clock, state: await backend().open('shared') });
    const channel = await subscribe(survivor, 'alle-ledere', '2026-08-31');
    await survivor.reminders.subscriptions.subscribe(channel.conversationId, 'helse', KARI, '2026-08-31', clock.now());
    await survivor.conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: KARI }, clock.now());
    clock.set('2026-09-01T07:00:00Z');
    const dead = (await backend().open('shared')).reminderLedger;
    await dead.heartbeat('dead', clock.now());
    const claim = await dead.claim({ entryId: 'W03', date: '2026-09-01', kind: 'month', conversationId: channel.conversationId }, { owner: 'dead', now: clock.now(), leaseMs: 120_000, staleMs: 30_000, late: false });
    assert.ok(claim.kind === 'claimed' && (await dead.markSending(claim.lease, clock.now())));
    const early = await survivor.reminders.runOnce();
    assert.equal(early.counts.waiting, 1, 'while the owner beats, its send may be in flight');
    clock.advance(31_000);
    const run = await survivor.reminders.runOnce();
    assert.deepEqual([run.counts.uncertain, run.counts.sent], [1, 1]);
    assert.deepEqual(survivor.sender.entries(channel.conversationId), ['W09']);
    assert.equal(survivor.sender.sent.filter((s) => s.conversationId === 'a:kari').length, 1);
  });
});
