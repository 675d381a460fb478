import { getRow, query, str, type Row, type TableStorage } from '../storage/tables';
import type { OutboxEntry, OutboxKey, OutboxLease, OutboxStore } from './outbox-store';
import { lostRace, PARTITION, range, rk } from './tables-decisions';
import type { OutboxPayload } from './types';

/**
 * The outbox in Azure Table Storage, beside the decisions (see tables-decisions.ts). A pending
 * entry has a `due|` row, so the workers on every instance find work with one small range query;
 * the lease is an eTag-conditional update, and finishing removes the `due|` row in the same
 * transaction.
 */
export class TablesOutboxStore implements OutboxStore {
  constructor(private readonly storage: TableStorage) {}

  private get client() {
    return this.storage.table('Decisions');
  }

  async due(now: Date, limit: number): Promise<OutboxKey[]> {
    const t = now.toISOString();
    const keys = (await query(this.client, range('due'))).map((r) => String(r.rowKey).slice('due|'.length));
    const rows = await Promise.all(keys.map((k) => getRow(this.client, PARTITION, `outbox|${k}`)));
    return rows
      .filter((r): r is Row => r !== undefined && r.state === 'pending' && String(r.nextAttemptAt) <= t && (str(r, 'leaseUntil') ?? '') <= t)
      .sort((a, b) => String(a.nextAttemptAt).localeCompare(String(b.nextAttemptAt)) || String(a.createdAt).localeCompare(String(b.createdAt)))
      .slice(0, limit)
      .map(toKey);
  }

  async claim(key: OutboxKey, now: Date, leaseMs: number): Promise<OutboxLease | undefined> {
    const r = await getRow(this.client, PARTITION, rk.outbox(key.proposalId));
    if (!r || r.state !== 'pending' || (str(r, 'leaseUntil') ?? '') > now.toISOString()) return undefined;
    try {
      const res = await this.client.updateEntity(
        { partitionKey: PARTITION, rowKey: rk.outbox(key.proposalId), leaseUntil: new Date(now.getTime() + leaseMs).toISOString() },
        'Merge', { etag: r.etag },
      );
      const parked = str(r, 'parked');
      return {
        ...toKey(r), payload: JSON.parse(String(r.payload)) as OutboxPayload, attempts: Number(r.attempts ?? 0), token: res.etag ?? '',
        parkedCount: Number(r.parkedCount ?? 0), ...(parked ? { parked } : {}),
      };
    } catch (err) {
      if (lostRace(err)) return undefined;
      throw err;
    }
  }

  async retry(lease: OutboxLease, nextAttemptAt: Date, error: string): Promise<void> {
    await this.client
      .updateEntity(
        { partitionKey: PARTITION, rowKey: rk.outbox(lease.proposalId), attempts: lease.attempts + 1, nextAttemptAt: nextAttemptAt.toISOString(), leaseUntil: '', lastError: error },
        'Merge', { etag: lease.token },
      )
      .catch((err) => {
        if (!lostRace(err)) throw err;
      });
  }

  async park(lease: OutboxLease, nextAttemptAt: Date, reason: string): Promise<void> {
    await this.client
      .updateEntity(
        {
          partitionKey: PARTITION, rowKey: rk.outbox(lease.proposalId), attempts: lease.attempts + 1, nextAttemptAt: nextAttemptAt.toISOString(),
          leaseUntil: '', lastError: reason, parked: reason, parkedCount: lease.parkedCount + 1,
        },
        'Merge', { etag: lease.token },
      )
      .catch((err) => {
        if (!lostRace(err)) throw err;
      });
  }

  async releaseParked(now: Date): Promise<number> {
    const t = now.toISOString();
    const parked = (await query(this.client, range('outbox'))).filter((r) => r.state === 'pending' && str(r, 'parked') && String(r.nextAttemptAt) > t);
    let released = 0;
    for (const r of parked) {
      // A deliverer holding the entry changes its eTag: it records its own outcome, we leave it.
      await this.client.updateEntity({ partitionKey: PARTITION, rowKey: String(r.rowKey), nextAttemptAt: t }, 'Merge', { etag: r.etag }).then(
        () => released++,
        (err) => {
          if (!lostRace(err)) throw err;
        },
      );
    }
    return released;
  }

  async finish(lease: OutboxLease, state: 'done' | 'conflict', now: Date): Promise<void> {
    await this.client
      .submitTransaction([
        ['update', { partitionKey: PARTITION, rowKey: rk.outbox(lease.proposalId), state, leaseUntil: '', doneAt: now.toISOString(), parked: '' }, 'Merge', { etag: lease.token }],
        ['delete', { partitionKey: PARTITION, rowKey: rk.due(lease.proposalId) }],
      ])
      .catch((err) => {
        // Someone took over after our lease ran out; they record the outcome.
        if (!lostRace(err)) throw err;
      });
  }

  async entries(): Promise<OutboxEntry[]> {
    const rows = await query(this.client, range('outbox'));
    return rows
      .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)) || String(a.decisionId).localeCompare(String(b.decisionId)))
      .map((r) => {
        const lastError = str(r, 'lastError');
        const parked = str(r, 'parked');
        return {
          decisionId: String(r.decisionId), state: r.state as OutboxEntry['state'], attempts: Number(r.attempts ?? 0),
          nextAttemptAt: String(r.nextAttemptAt), ...(lastError ? { lastError } : {}), ...(parked ? { parked } : {}),
        };
      });
  }
}

function toKey(r: Row): OutboxKey {
  const payload = JSON.parse(String(r.payload)) as OutboxPayload;
  return { decisionId: String(r.decisionId), proposalId: payload.log.proposalId };
}
