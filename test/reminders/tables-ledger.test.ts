import assert from 'node:assert/strict';
import type { DeliveryKey, Lease } from '../../src/reminders/ledger';
import { tablesBackend } from '../support/state-backends';

const KEY: DeliveryKey = { entryId: 'W11', date: '2026-11-02', kind: 'month', conversationId: '19:c@thread.tacv2' };
const at = (iso: string) => new Date(iso);

/**
 * What only the Table Storage adapter meets: its client retries a write whose reply was lost,
 * and the retry is answered 412 although the first attempt landed.
 */
describe('ReminderLedger on Azure Table Storage: writes retried by the client', function () {
  this.timeout(20_000);
  const backend = tablesBackend();
  after(() => backend.closeAll());

  it('a conditional write that landed and is retried with the old eTag still holds the lease', async () => {
    const ledger = (await backend.open()).reminderLedger;
    await ledger.heartbeat('a', at('2026-11-02T08:00:00Z'));
    const claim = await ledger.claim(KEY, { owner: 'a', now: at('2026-11-02T08:00:00Z'), leaseMs: 120_000, staleMs: 30_000, late: false });
    assert.equal(claim.kind, 'claimed');
    const lease = (claim as { lease: Lease }).lease;
    // The first attempt lands; its reply is lost; the retry carries the same eTag and change.
    assert.ok(await ledger.markSending(lease, at('2026-11-02T08:00:01Z')));
    const retried = await ledger.markSending(lease, at('2026-11-02T08:00:01Z'));
    assert.ok(retried, 'our own landed write is recognised, not taken for a lost lease');
    assert.equal((await ledger.row(KEY))?.state, 'sending');
  });

  it('a write over another owner\'s change is still refused', async () => {
    const ledger = (await backend.open()).reminderLedger;
    await ledger.heartbeat('b', at('2026-11-02T08:00:00Z'));
    const first = await ledger.claim(KEY, { owner: 'a', now: at('2026-11-02T08:00:00Z'), leaseMs: 1000, staleMs: 30_000, late: false });
    const lease = (first as { lease: Lease }).lease;
    // a's lease runs out and b takes the reminder over.
    const taken = await ledger.claim(KEY, { owner: 'b', now: at('2026-11-02T08:00:05Z'), leaseMs: 1000, staleMs: 30_000, late: false });
    assert.equal(taken.kind, 'claimed');
    assert.equal(await ledger.markSending(lease, at('2026-11-02T08:00:06Z')), undefined);
  });
});
