import { getRow, insertOnce, odataString, query, str, tableKey, updateIf, type Row, type TableStorage } from '../storage/tables';
import {
  claimAction, type ClaimOptions, type ClaimResult, type DeliveryKey, type DeliveryRow, type DeliveryState, type DoneRecord, type Lease, type ReminderLedger,
} from './ledger';

const iso = (ms: number) => new Date(ms).toISOString();

/** PartitionKey = channel, RowKey = date|entry|kind: one channel's deliveries sit together, in date order. */
function keys(k: DeliveryKey): { partitionKey: string; rowKey: string } {
  return { partitionKey: tableKey(k.conversationId), rowKey: `${k.date}|${tableKey(k.entryId)}|${k.kind}` };
}

function toRow(r: Row): DeliveryRow {
  const next = str(r, 'nextAttemptAt');
  const owner = str(r, 'owner');
  const activityId = str(r, 'activityId');
  return {
    state: r.state as DeliveryState, claimedAt: Date.parse(String(r.claimedAt)), attempts: Number(r.attempts ?? 0), late: r.late === true,
    ...(owner ? { owner } : {}), ...(next ? { nextAttemptAt: Date.parse(next) } : {}), ...(activityId ? { activityId } : {}),
  };
}

/**
 * The reminder ledger in Azure Table Storage, for several instances. A claim is a conditional
 * insert (409 when the row exists) or an eTag-conditional takeover (412 when another instance
 * changed it first); every later write is conditional on the eTag the lease carries.
 */
export class TablesReminderLedger implements ReminderLedger {
  constructor(private readonly storage: TableStorage) {}

  private get deliveries() {
    return this.storage.table('ReminderDeliveries');
  }

  async claim(key: DeliveryKey, o: ClaimOptions): Promise<ClaimResult> {
    const k = keys(key);
    const etag = await insertOnce(this.deliveries, { ...k, state: 'claimed', owner: o.owner, claimedAt: o.now.toISOString(), attempts: 1, late: o.late });
    if (etag !== false) return { kind: 'claimed', lease: { key, owner: o.owner, token: etag } };
    const current = await getRow(this.deliveries, k.partitionKey, k.rowKey);
    if (!current) return { kind: 'busy' };
    const row = toRow(current);
    const action = await claimAction(row, o, (owner) => this.alive(owner, o.now, o.staleMs));
    if (action === 'done' || action === 'busy') return { kind: action };
    const change = action === 'take'
      ? { state: 'claimed', owner: o.owner, claimedAt: o.now.toISOString(), attempts: row.attempts + 1, late: o.late }
      : { state: 'uncertain', owner: o.owner, claimedAt: o.now.toISOString(), lastError: 'stopped while sending' };
    const next = await updateIf(this.deliveries, { ...k, ...change }, current.etag);
    if (next === false) return { kind: 'busy' };
    return action === 'take' ? { kind: 'claimed', lease: { key, owner: o.owner, token: next } } : { kind: 'uncertain' };
  }

  markSending(lease: Lease, now: Date): Promise<Lease | undefined> {
    return this.move(lease, { state: 'sending', claimedAt: now.toISOString() });
  }

  markNotSent(lease: Lease, now: Date): Promise<Lease | undefined> {
    return this.move(lease, { state: 'claimed', claimedAt: now.toISOString() });
  }

  async markSent(key: DeliveryKey, activityId: string | undefined, now: Date): Promise<void> {
    // Unconditional: once the intent is recorded nobody else may post it, so "sent" is the truth.
    await this.deliveries.updateEntity(
      { ...keys(key), state: 'sent', activityId: activityId ?? '', sentAt: now.toISOString(), nextAttemptAt: '', lastError: '' },
      'Merge', { etag: '*' },
    );
  }

  async markFailed(lease: Lease, nextAttemptAt: Date, error: string): Promise<void> {
    await this.move(lease, { state: 'failed', nextAttemptAt: nextAttemptAt.toISOString(), lastError: error });
  }

  async markParked(lease: Lease, reason: string): Promise<void> {
    await this.move(lease, { state: 'parked', lastError: reason });
  }

  async markUncertain(lease: Lease, reason: string): Promise<void> {
    await this.move(lease, { state: 'uncertain', lastError: reason });
  }

  async expire(key: DeliveryKey, now: Date): Promise<boolean> {
    const k = keys(key);
    if ((await insertOnce(this.deliveries, { ...k, state: 'parked', claimedAt: now.toISOString(), attempts: 0, late: false, lastError: 'expired' })) !== false) return true;
    const current = await getRow(this.deliveries, k.partitionKey, k.rowKey);
    if (current?.state !== 'failed') return false;
    return (await updateIf(this.deliveries, { ...k, state: 'parked', lastError: 'expired' }, current.etag)) !== false;
  }

  async row(key: DeliveryKey): Promise<DeliveryRow | undefined> {
    const k = keys(key);
    const r = await getRow(this.deliveries, k.partitionKey, k.rowKey);
    return r && toRow(r);
  }

  async heartbeat(owner: string, now: Date): Promise<void> {
    await this.storage.table('Instances').upsertEntity({ partitionKey: 'instances', rowKey: tableKey(owner), beatAt: now.toISOString() }, 'Replace');
  }

  async liveInstances(now: Date, staleMs: number): Promise<number> {
    const rows = await query(this.storage.table('Instances'), `PartitionKey eq 'instances' and beatAt gt ${odataString(iso(now.getTime() - staleMs))}`);
    return Math.max(1, rows.length);
  }

  async recordDone(entryId: string, date: string, by: { aadObjectId: string; name: string }, now: Date): Promise<{ first: boolean; record: DoneRecord }> {
    const first = (await insertOnce(this.storage.table('ReminderDone'), {
      partitionKey: tableKey(entryId), rowKey: date, byAadObjectId: by.aadObjectId, byName: by.name, at: now.toISOString(),
    })) !== false;
    return { first, record: (await this.doneOf(entryId, date)) as DoneRecord };
  }

  async doneOf(entryId: string, date: string): Promise<DoneRecord | undefined> {
    const r = await getRow(this.storage.table('ReminderDone'), tableKey(entryId), date);
    return r && { entryId, date, byAadObjectId: String(r.byAadObjectId), byName: String(r.byName), at: String(r.at) };
  }

  private async alive(owner: string, now: Date, staleMs: number): Promise<boolean> {
    const r = await getRow(this.storage.table('Instances'), 'instances', tableKey(owner));
    return r !== undefined && Date.parse(String(r.beatAt)) > now.getTime() - staleMs;
  }

  /** Merges `change` only if the row still has the lease's eTag; the renewed lease, or undefined. */
  private async move(lease: Lease, change: Record<string, unknown>): Promise<Lease | undefined> {
    const k = keys(lease.key);
    const etag = await updateIf(this.deliveries, { ...k, ...change }, lease.token);
    if (etag !== false) return { ...lease, token: etag };
    // A 412 can answer the client's retry of a write that did land (its reply was lost): the
    // row then holds exactly our change, under our name, and the lease is still ours.
    const current = await getRow(this.deliveries, k.partitionKey, k.rowKey);
    const ours = current !== undefined && current.owner === lease.owner && Object.entries(change).every(([f, v]) => current[f] === v);
    return ours ? { ...lease, token: current!.etag } : undefined;
  }
}
