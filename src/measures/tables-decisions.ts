import type { TransactionAction } from '@azure/data-tables';
import { maskDeep } from '../common/mask';
import { getRow, isStatus, query, tableKey, type Row, type TableStorage } from '../storage/tables';
import { randomUUID } from 'node:crypto';
import type { DecisionLedger, NotificationClaim } from './ledger';
import type { Decision, OutboxPayload, Proposal } from './types';

/**
 * Proposals, decisions and the outbox share one partition of the Decisions table, so `decide`
 * is one entity group transaction: the eTag-conditional update of the proposal, the decision,
 * its outbox entry and the index rows commit together or not at all. Row keys:
 *   proposal|<id>   pending|<createdAt>|<id>   decision|<proposalId>   recent|<inverted time>|<proposalId>
 *   outbox|<proposalId>   due|<proposalId>   notify|<proposalId> (notifications still owed)
 * The index rows keep every read a range query over exactly the rows it needs.
 */
export const PARTITION = 'measures';

export const rk = {
  proposal: (id: string) => `proposal|${tableKey(id)}`,
  pending: (p: Pick<Proposal, 'id' | 'createdAt'>) => `pending|${p.createdAt}|${tableKey(p.id)}`,
  decision: (proposalId: string) => `decision|${tableKey(proposalId)}`,
  recent: (d: Pick<Decision, 'decidedAt' | 'proposalId'>) =>
    `recent|${String(9_999_999_999_999 - Date.parse(d.decidedAt)).padStart(13, '0')}|${tableKey(d.proposalId)}`,
  outbox: (proposalId: string) => `outbox|${tableKey(proposalId)}`,
  due: (proposalId: string) => `due|${tableKey(proposalId)}`,
  notify: (proposalId: string) => `notify|${tableKey(proposalId)}`,
};

/** The rows whose RowKey starts with `prefix|`, in key order. */
export function range(prefix: string): string {
  return `PartitionKey eq '${PARTITION}' and RowKey ge '${prefix}|' and RowKey lt '${prefix}}'`;
}

const toProposal = (r: Row): Proposal => ({ ...(JSON.parse(String(r.data)) as Omit<Proposal, 'state'>), state: r.state as Proposal['state'] });
const toDecision = (r: Row): Decision => ({ ...(JSON.parse(String(r.data)) as Omit<Decision, 'writeState'>), writeState: r.writeState as Decision['writeState'] });
const entity = (rowKey: string, props: Record<string, unknown>) => ({ partitionKey: PARTITION, rowKey, ...props });

/** A transaction failed because a row changed or exists: someone else got there first. */
export function lostRace(err: unknown): boolean {
  return isStatus(err, 412) || isStatus(err, 409) || isStatus(err, 404);
}

export class TablesDecisionLedger implements DecisionLedger {
  constructor(private readonly storage: TableStorage) {}

  private get client() {
    return this.storage.table('Decisions');
  }

  async addProposal(p: Proposal): Promise<void> {
    const { state, ...data } = p;
    await this.client.submitTransaction([
      // Masked where it entered, and again here: nothing is stored unmasked.
      ['create', entity(rk.proposal(p.id), { state, data: JSON.stringify(maskDeep(data)) })],
      ...(state === 'pending' ? [['create', entity(rk.pending(p), {})] as TransactionAction] : []),
    ]);
  }

  async proposal(id: string): Promise<Proposal | undefined> {
    const r = await getRow(this.client, PARTITION, rk.proposal(id));
    return r && toProposal(r);
  }

  async pendingProposals(limit = 20): Promise<Proposal[]> {
    const ids = (await query(this.client, range('pending'))).slice(0, limit).map((r) => String(r.rowKey).split('|')[2] ?? '');
    const all = await Promise.all(ids.map((id) => getRow(this.client, PARTITION, `proposal|${id}`)));
    return all.filter((r): r is Row => r !== undefined && r.state === 'pending').map(toProposal);
  }

  async decisionFor(proposalId: string): Promise<Decision | undefined> {
    const r = await getRow(this.client, PARTITION, rk.decision(proposalId));
    return r && toDecision(r);
  }

  async markStale(proposalId: string): Promise<void> {
    const r = await getRow(this.client, PARTITION, rk.proposal(proposalId));
    if (!r || r.state !== 'pending') return;
    await this.client
      .submitTransaction([
        ['update', entity(rk.proposal(proposalId), { state: 'stale' }), 'Merge', { etag: r.etag }],
        ['delete', entity(rk.pending(toProposal(r)), {})],
      ])
      .catch((err) => {
        if (!lostRace(err)) throw err;
      });
  }

  async decide(decision: Decision, outbox: OutboxPayload, now: string): Promise<boolean> {
    const r = await getRow(this.client, PARTITION, rk.proposal(decision.proposalId));
    if (!r || r.state !== 'pending') return false;
    const { writeState, ...data } = decision;
    try {
      await this.client.submitTransaction([
        ['update', entity(rk.proposal(decision.proposalId), { state: decision.outcome }), 'Merge', { etag: r.etag }],
        ['delete', entity(rk.pending(toProposal(r)), {})],
        ['create', entity(rk.decision(decision.proposalId), { writeState, decidedAt: decision.decidedAt, data: JSON.stringify(maskDeep(data)), notify: 'pending', notifyToken: '', notifyLeaseUntil: '' })],
        ['create', entity(rk.notify(decision.proposalId), { decidedAt: decision.decidedAt })],
        ['create', entity(rk.recent(decision), {})],
        ['create', entity(rk.outbox(decision.proposalId), {
          decisionId: decision.id, payload: JSON.stringify(maskDeep(outbox)), state: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: '', createdAt: now,
        })],
        ['create', entity(rk.due(decision.proposalId), { decisionId: decision.id })],
      ]);
      return true;
    } catch (err) {
      if (lostRace(err)) return false;
      throw err;
    }
  }

  async setWriteState(decision: Pick<Decision, 'id' | 'proposalId'>, state: Decision['writeState']): Promise<void> {
    await this.client.updateEntity(entity(rk.decision(decision.proposalId), { writeState: state }), 'Merge', { etag: '*' });
  }

  async recentDecisions(limit: number): Promise<Decision[]> {
    const ids = (await query(this.client, range('recent'))).slice(0, limit).map((r) => String(r.rowKey).split('|')[2] ?? '');
    const rows = await Promise.all(ids.map((id) => getRow(this.client, PARTITION, `decision|${id}`)));
    return rows.filter((r): r is Row => r !== undefined).map(toDecision);
  }

  async unnotified(now: Date, limit = 20): Promise<Decision[]> {
    const ids = (await query(this.client, range('notify'))).map((r) => String(r.rowKey).slice('notify|'.length));
    const rows = await Promise.all(ids.map((id) => getRow(this.client, PARTITION, `decision|${id}`)));
    return rows
      .filter((r): r is Row => r !== undefined && owed(r, now))
      .sort((a, b) => String(a.decidedAt).localeCompare(String(b.decidedAt)))
      .slice(0, limit)
      .map(toDecision);
  }

  async claimNotifications(proposalId: string, now: Date, leaseMs: number): Promise<NotificationClaim | undefined> {
    const token = randomUUID();
    // setWriteState may change the row's eTag between our read and our update: read again.
    for (let round = 0; round < 3; round++) {
      const r = await getRow(this.client, PARTITION, rk.decision(proposalId));
      if (!r || !owed(r, now)) return undefined;
      try {
        await this.client.updateEntity(
          entity(rk.decision(proposalId), { notifyToken: token, notifyLeaseUntil: new Date(now.getTime() + leaseMs).toISOString() }), 'Merge', { etag: r.etag },
        );
        return { proposalId, decisionId: toDecision(r).id, token };
      } catch (err) {
        if (!lostRace(err)) throw err;
      }
    }
    return undefined;
  }

  async notified(claim: NotificationClaim): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const r = await getRow(this.client, PARTITION, rk.decision(claim.proposalId));
      if (!r || r.notifyToken !== claim.token) return;
      try {
        await this.client.submitTransaction([
          ['update', entity(rk.decision(claim.proposalId), { notify: 'done', notifyToken: '', notifyLeaseUntil: '' }), 'Merge', { etag: r.etag }],
          ['delete', entity(rk.notify(claim.proposalId), {})],
        ]);
        return;
      } catch (err) {
        if (!lostRace(err)) throw err;
      }
    }
  }
}

/** Notifications still owed and not reserved by anyone (their lease ran out, or nobody took them). */
function owed(r: Row, now: Date): boolean {
  return r.notify === 'pending' && String(r.notifyLeaseUntil ?? '') <= now.toISOString();
}
