import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Measure } from '../plan/types';
import type { DecisionLedger } from './ledger';
import type { OutboxEntry, OutboxKey, OutboxLease, OutboxStore } from './outbox-store';
import type { MeasureRepository, OutboxPayload } from './types';

/** What one delivery attempt achieved. */
export type DeliveryResult =
  | { kind: 'delivered' }
  | { kind: 'conflict'; current: Measure }
  | { kind: 'retry'; retryAfterMs?: number; error: string };

/** Tuning for how parked work is rescheduled; `random` is injected so tests are deterministic. */
export interface OutboxOptions {
  /** How long a claimed entry is reserved for one deliverer. Default 60 s. */
  leaseMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/**
 * The transactional outbox: each decision's pending repository work, written in the same
 * transaction as the decision, delivered inline first and by the OutboxWorker (on every
 * instance) after that. A lease makes sure no two deliverers work one entry at once; the
 * repository writes are idempotent besides, so a deliverer that lost its lease repeats nothing.
 */
export class Outbox {
  private readonly leaseMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;

  constructor(
    private readonly store: OutboxStore,
    private readonly repo: MeasureRepository,
    private readonly ledger: DecisionLedger,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: OutboxOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.baseDelayMs = options.baseDelayMs ?? 2_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.random = options.random ?? Math.random;
  }

  /** Reserves one entry for delivery; undefined if it is done or someone else holds it. */
  claim(key: OutboxKey): Promise<OutboxLease | undefined> {
    return this.store.claim(key, this.clock.now(), this.leaseMs);
  }

  /** Keys of entries due now, oldest first. */
  due(limit = 20): Promise<OutboxKey[]> {
    return this.store.due(this.clock.now(), limit);
  }

  /** Delivers a claimed entry and records the outcome; never throws for repository failures. */
  async deliver(lease: OutboxLease): Promise<DeliveryResult> {
    const result = await this.attempt(lease.payload).catch(
      (err: unknown): DeliveryResult => ({ kind: 'retry', error: err instanceof Error ? err.message : String(err) }),
    );
    const now = this.clock.now();
    if (result.kind === 'retry') {
      // Honour the server's Retry-After when it gave one; otherwise back off.
      const delay = result.retryAfterMs && result.retryAfterMs > 0 ? result.retryAfterMs : this.backoff(lease.attempts);
      await this.store.retry(lease, new Date(now.getTime() + delay), result.error);
      this.log.warn('write parked', { decisionId: lease.decisionId, retryInMs: delay, error: result.error });
    } else {
      await this.store.finish(lease, result.kind === 'delivered' ? 'done' : 'conflict', now);
    }
    return result;
  }

  entries(): Promise<OutboxEntry[]> {
    return this.store.entries();
  }

  private async attempt(payload: OutboxPayload): Promise<DeliveryResult> {
    let log = payload.log;
    let conflict: Measure | undefined;
    // Skip the write once it is known to be done, so a later edit in SharePoint is not mistaken for a conflict.
    const ref = { id: payload.decisionId, proposalId: payload.log.proposalId };
    const decision = await this.ledger.decisionFor(ref.proposalId);
    if (payload.change && decision?.writeState === 'pending') {
      // Entries parked before the decision id travelled with the change get it from the entry.
      const change = { ...payload.change, decisionId: payload.change.decisionId ?? payload.decisionId };
      const w = await this.repo.applyStatus(payload.measureId, change, payload.expectedVersion);
      if (w.kind === 'throttled') return { kind: 'retry', retryAfterMs: w.retryAfterMs, error: 'throttled' };
      if (w.kind === 'failed') return { kind: 'retry', error: w.error };
      if (w.kind === 'conflict') {
        conflict = w.current;
        await this.ledger.setWriteState(ref, 'conflict');
      } else {
        await this.ledger.setWriteState(ref, 'written');
      }
    }
    if (decision?.writeState === 'conflict' || conflict) log = { ...log, outcome: 'conflict' };
    const a = await this.repo.appendStatusLog(log);
    if (a.kind === 'throttled') return { kind: 'retry', retryAfterMs: a.retryAfterMs, error: 'throttled' };
    if (a.kind === 'failed') return { kind: 'retry', error: a.error };
    if (conflict) return { kind: 'conflict', current: conflict };
    return { kind: 'delivered' };
  }

  /** Jittered exponential backoff, capped, so parked writes never hammer a recovering service. */
  private backoff(attempts: number): number {
    const exp = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempts);
    return Math.round(exp / 2 + (exp / 2) * this.random());
  }
}
