import assert from 'node:assert/strict';
import type { ClaimOptions, DeliveryKey, Lease } from '../../src/reminders/ledger';
import { forEachBackend } from '../support/state-backends';

const KEY: DeliveryKey = { entryId: 'W11', date: '2026-11-02', kind: 'month', conversationId: '19:c@thread.tacv2' };
const LEASE = 2 * 60_000;
const STALE = 30_000;
const at = (iso: string) => new Date(iso);
const opts = (owner: string, iso: string, late = false): ClaimOptions => ({ owner, now: at(iso), leaseMs: LEASE, staleMs: STALE, late });

forEachBackend('ReminderLedger contract', (backend) => {
  const make = async (name?: string) => (await backend().open(name)).reminderLedger;
  const lease = (r: { kind: string; lease?: Lease }) => {
    assert.equal(r.kind, 'claimed');
    return r.lease as Lease;
  };

  it('gives a claim to one caller only, even when many race on two handles', async () => {
    const a = await make('shared');
    const b = await make('shared');
    for (let i = 0; i < 10; i++) await a.heartbeat(`d${i}`, at('2026-11-02T08:00:00Z'));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim(KEY, opts(`d${i}`, '2026-11-02T08:00:01Z'))));
    assert.equal(results.filter((r) => r.kind === 'claimed').length, 1);
    assert.deepEqual([...new Set(results.filter((r) => r.kind !== 'claimed').map((r) => r.kind))], ['busy']);
  });

  it('a claim retried by its owner at the same instant (the first reply was lost) is still the owner\'s', async () => {
    const l = await make();
    await l.heartbeat('a', at('2026-11-02T08:00:00Z'));
    lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    const again = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    assert.ok(await l.markSending(again, at('2026-11-02T08:00:01Z')), 'the retried claim holds the lease');
    assert.equal((await l.claim(KEY, opts('b', '2026-11-02T08:00:02Z'))).kind, 'busy');
  });

  it('a live owner keeps its claim until the lease ends; then it is taken over', async () => {
    const l = await make();
    await l.heartbeat('a', at('2026-11-02T08:01:55Z'));
    lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    assert.equal((await l.claim(KEY, opts('b', '2026-11-02T08:01:59Z'))).kind, 'busy');
    lease(await l.claim(KEY, opts('b', '2026-11-02T08:02:00Z')));
    assert.equal((await l.row(KEY))?.attempts, 2);
    assert.equal((await l.row(KEY))?.owner, 'b');
  });

  it('a claim whose owner stopped beating is taken over at once, not after the lease', async () => {
    const l = await make();
    await l.heartbeat('dead', at('2026-11-02T08:00:00Z'));
    const old = lease(await l.claim(KEY, opts('dead', '2026-11-02T08:00:00Z')));
    assert.equal((await l.claim(KEY, opts('b', '2026-11-02T08:00:29Z'))).kind, 'busy');
    lease(await l.claim(KEY, opts('b', '2026-11-02T08:00:31Z')));
    // The old owner's lease is void: it may not record an intent, so it never posts.
    assert.equal(await l.markSending(old, at('2026-11-02T08:00:32Z')), undefined);
  });

  it('an owner that lost its claim cannot record the intent', async () => {
    const l = await make();
    const first = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    lease(await l.claim(KEY, opts('b', '2026-11-02T08:05:00Z')));
    assert.equal(await l.markSending(first, at('2026-11-02T08:05:01Z')), undefined);
  });

  it('a send cut short becomes uncertain once: never claimed again', async () => {
    const l = await make();
    const claimed = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    assert.ok(await l.markSending(claimed, at('2026-11-02T08:00:01Z')));
    // 'a' never beat: it is dead.
    assert.equal((await l.claim(KEY, opts('b', '2026-11-02T08:00:02Z'))).kind, 'uncertain');
    assert.equal((await l.row(KEY))?.state, 'uncertain');
    assert.equal((await l.claim(KEY, opts('c', '2026-11-02T09:00:00Z'))).kind, 'done');
  });

  it('an intent dropped after Teams answered with an error lets the reminder be claimed again', async () => {
    const l = await make();
    const claimed = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    const sending = await l.markSending(claimed, at('2026-11-02T08:00:01Z'));
    assert.ok(sending && (await l.markNotSent(sending, at('2026-11-02T08:00:02Z'))));
    lease(await l.claim(KEY, opts('b', '2026-11-02T08:00:03Z')));
  });

  it('records the activity id and never hands out a sent reminder again', async () => {
    const l = await make();
    const claimed = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z', true)));
    await l.markSending(claimed, at('2026-11-02T08:00:01Z'));
    await l.markSent(KEY, 'act-1', at('2026-11-02T08:00:02Z'));
    assert.deepEqual(await l.row(KEY), { state: 'sent', owner: 'a', claimedAt: Date.parse('2026-11-02T08:00:01Z'), attempts: 1, late: true, activityId: 'act-1' });
    assert.equal((await l.claim(KEY, opts('b', '2026-11-09T08:00:00Z'))).kind, 'done');
  });

  it('holds a failed reminder until its next attempt time', async () => {
    const l = await make();
    const claimed = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    await l.markFailed((await l.markSending(claimed, at('2026-11-02T08:00:00Z')))!, at('2026-11-02T08:01:00Z'), 'throttled');
    assert.equal((await l.claim(KEY, opts('a', '2026-11-02T08:00:30Z'))).kind, 'busy');
    lease(await l.claim(KEY, opts('a', '2026-11-02T08:01:00Z')));
  });

  it('parks a reminder for a gone channel for good', async () => {
    const l = await make();
    const claimed = lease(await l.claim(KEY, opts('a', '2026-11-02T08:00:00Z')));
    await l.markParked((await l.markSending(claimed, at('2026-11-02T08:00:00Z')))!, 'gone 403');
    assert.equal((await l.row(KEY))?.state, 'parked');
    assert.equal((await l.claim(KEY, opts('a', '2026-11-03T08:00:00Z'))).kind, 'done');
  });

  it('reports an expired reminder once and never after it was sent', async () => {
    const l = await make();
    assert.equal(await l.expire(KEY, at('2026-11-07T08:00:00Z')), true);
    assert.equal(await l.expire(KEY, at('2026-11-07T08:01:00Z')), false);
    const other = { ...KEY, conversationId: 'x' };
    await l.claim(other, opts('a', '2026-11-02T08:00:00Z'));
    await l.markSent(other, undefined, at('2026-11-02T08:00:00Z'));
    assert.equal(await l.expire(other, at('2026-11-07T08:00:00Z')), false);
    assert.equal((await l.row(other))?.state, 'sent');
  });

  it('counts the dispatchers that beat recently', async () => {
    const l = await make();
    assert.equal(await l.liveInstances(at('2026-11-02T08:00:00Z'), STALE), 1);
    await l.heartbeat('a', at('2026-11-02T08:00:00Z'));
    await l.heartbeat('b', at('2026-11-02T08:00:20Z'));
    await l.heartbeat('c', at('2026-11-02T07:00:00Z'));
    assert.equal(await l.liveInstances(at('2026-11-02T08:00:25Z'), STALE), 2);
    assert.equal(await l.liveInstances(at('2026-11-02T08:00:45Z'), STALE), 1);
  });

  it('records "done" once and keeps the first person', async () => {
    const l = await make();
    const first = await l.recordDone('W11', '2026-11-02', { aadObjectId: 'k', name: 'Kari Nordmann' }, at('2026-11-02T10:00:00Z'));
    const second = await l.recordDone('W11', '2026-11-02', { aadObjectId: 'o', name: 'Ola Hansen' }, at('2026-11-02T11:00:00Z'));
    assert.equal(first.first, true);
    assert.equal(second.first, false);
    assert.equal(second.record.byName, 'Kari Nordmann');
    assert.equal((await l.doneOf('W11', '2026-11-02'))?.at, '2026-11-02T10:00:00.000Z');
    assert.equal(await l.doneOf('W11', '2026-12-01'), undefined);
  });
});
