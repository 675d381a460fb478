import assert from 'node:assert/strict';
import { ReminderLedger, type DeliveryKey } from '../../src/reminders/ledger';
import { openDatabase } from '../../src/storage/database';
import { tempDbFile } from './dispatcher-support';

const KEY: DeliveryKey = { entryId: 'W11', date: '2026-11-02', kind: 'month', conversationId: '19:c@thread.tacv2' };
const LEASE = 5 * 60_000;
const at = (iso: string) => new Date(iso);

describe('reminder ledger', () => {
  it('gives a claim to one caller only, even over two connections to one file', () => {
    const file = tempDbFile();
    const a = new ReminderLedger(openDatabase(file));
    const b = new ReminderLedger(openDatabase(file));
    assert.equal(a.claim(KEY, 'a', at('2026-11-02T08:00:00Z'), LEASE, false), 'claimed');
    assert.equal(b.claim(KEY, 'b', at('2026-11-02T08:00:01Z'), LEASE, false), 'busy');
  });

  it('lets a claim be taken again after its lease, as after a crash', () => {
    const l = new ReminderLedger(openDatabase(':memory:'));
    l.claim(KEY, 'a', at('2026-11-02T08:00:00Z'), LEASE, false);
    assert.equal(l.claim(KEY, 'b', at('2026-11-02T08:04:59Z'), LEASE, false), 'busy');
    assert.equal(l.claim(KEY, 'b', at('2026-11-02T08:05:00Z'), LEASE, false), 'claimed');
    assert.equal(l.row(KEY)?.attempts, 2);
  });

  it('never hands out a sent reminder again', () => {
    const l = new ReminderLedger(openDatabase(':memory:'));
    l.claim(KEY, 'a', at('2026-11-02T08:00:00Z'), LEASE, false);
    l.markSent(KEY, 'act-1', at('2026-11-02T08:00:01Z'));
    assert.equal(l.claim(KEY, 'b', at('2026-11-09T08:00:00Z'), LEASE, false), 'done');
  });

  it('holds a failed reminder until its next attempt time', () => {
    const l = new ReminderLedger(openDatabase(':memory:'));
    l.claim(KEY, 'a', at('2026-11-02T08:00:00Z'), LEASE, false);
    l.markFailed(KEY, at('2026-11-02T08:01:00Z'), 'throttled');
    assert.equal(l.claim(KEY, 'a', at('2026-11-02T08:00:30Z'), LEASE, false), 'busy');
    assert.equal(l.claim(KEY, 'a', at('2026-11-02T08:01:00Z'), LEASE, false), 'claimed');
  });

  it('reports an expired reminder once and never after it was sent', () => {
    const l = new ReminderLedger(openDatabase(':memory:'));
    assert.equal(l.expire(KEY, at('2026-11-07T08:00:00Z')), true);
    assert.equal(l.expire(KEY, at('2026-11-07T08:01:00Z')), false);
    const other = { ...KEY, conversationId: 'x' };
    l.claim(other, 'a', at('2026-11-02T08:00:00Z'), LEASE, false);
    l.markSent(other, undefined, at('2026-11-02T08:00:00Z'));
    assert.equal(l.expire(other, at('2026-11-07T08:00:00Z')), false);
    assert.equal(l.state(other), 'sent');
  });

  it('records "done" once and keeps the first person', () => {
    const l = new ReminderLedger(openDatabase(':memory:'));
    const first = l.recordDone('W11', '2026-11-02', { aadObjectId: 'k', name: 'Kari Nordmann' }, at('2026-11-02T10:00:00Z'));
    const second = l.recordDone('W11', '2026-11-02', { aadObjectId: 'o', name: 'Ola Hansen' }, at('2026-11-02T11:00:00Z'));
    assert.equal(first.first, true);
    assert.equal(second.first, false);
    assert.equal(second.record.byName, 'Kari Nordmann');
  });
});
