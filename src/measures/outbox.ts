import type { Db } from '../storage/database';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Measure } from '../plan/types';
import type { DecisionLedger } from './ledger';
import type { MeasureRepository, OutboxPayload } from './types';

/** What one delivery attempt achieved. */
export type DeliveryResult =
  | { kind: 'delivered' }
  | { kind: 'conflict'; current: Measure }
  | { kind: 'retry'; retryAfterMs?: number; error: string };

/** A parked entry as operators and tests see it. */
export interface OutboxEntry {
  decisionId: string;
  state: 'pending' | 'done' | 'conflict';
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

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
 * transaction as the decision, delivered inline first and by the OutboxWorker after that.
 * A lease makes sure the inline attempt and the worker never deliver one entry at once.
 */
export class Outbox {
  private readonly leaseMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;

  constructor(
    private readonly db: Db,
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

  /** Reserves one entry for delivery; false if it is done or someone else holds it. */
  claim(decisionId: string): OutboxPayload | undefined {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.leaseMs).toISOString();
    const claimed = this.db
      .prepare(
        `UPDATE outbox SET lease_until = ? WHERE decision_id = ? AND state = 'pending'
           AND (lease_until IS NULL OR lease_until <= ?)`,
      )
      .run(until, decisionId, now.toISOString()).changes;
    if (claimed !== 1) return undefined;
    const row = this.db.prepare('SELECT payload FROM outbox WHERE decision_id = ?').get(decisionId) as {
      payload: string;
    };
    return JSON.parse(row.payload) as OutboxPayload;
  }

  /** Ids of entries due now, oldest first. */
  due(limit = 20): string[] {
    const now = this.clock.now().toISOString();
    const rows = this.db
      .prepare(
        `SELECT decision_id FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?
           AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, created_at LIMIT ?`,
      )
      .all(now, now, limit) as { decision_id: string }[];
    return rows.map((r) => r.decision_id);
  }

  /** Delivers a claimed entry and records the outcome; never throws for repository failures. */
  async deliver(payload: OutboxPayload): Promise<DeliveryResult> {
    const result = await this.attempt(payload).catch(
      (err: unknown): DeliveryResult => ({ kind: 'retry', error: err instanceof Error ? err.message : String(err) }),
    );
    const now = this.clock.now();
    if (result.kind === 'retry') {
      const row = this.db.prepare('SELECT attempts FROM outbox WHERE decision_id = ?').get(payload.decisionId) as {
        attempts: number;
      };
      // Honour the server's Retry-After when it gave one; otherwise back off.
      const delay = result.retryAfterMs && result.retryAfterMs > 0 ? result.retryAfterMs : this.backoff(row.attempts);
      this.db
        .prepare(
          `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL, last_error = ?
             WHERE decision_id = ?`,
        )
        .run(new Date(now.getTime() + delay).toISOString(), result.error, payload.decisionId);
      this.log.warn('write parked', { decisionId: payload.decisionId, retryInMs: delay, error: result.error });
    } else {
      const state = result.kind === 'delivered' ? 'done' : 'conflict';
      this.db
        .prepare(`UPDATE outbox SET state = ?, lease_until = NULL, done_at = ? WHERE decision_id = ?`)
        .run(state, now.toISOString(), payload.decisionId);
    }
    return result;
  }

  entries(): OutboxEntry[] {
    const rows = this.db
      .prepare('SELECT decision_id, state, attempts, next_attempt_at, last_error FROM outbox ORDER BY created_at')
      .all() as { decision_id: string; state: OutboxEntry['state']; attempts: number; next_attempt_at: string; last_error: string | null }[];
    return rows.map((r) => ({
      decisionId: r.decision_id,
      state: r.state,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    }));
  }

  private async attempt(payload: OutboxPayload): Promise<DeliveryResult> {
    let log = payload.log;
    let conflict: Measure | undefined;
    // Skip the write once it is known to be done, so a later edit in SharePoint is not mistaken for a conflict.
    const decision = this.ledger.decision(payload.decisionId);
    if (payload.change && decision?.writeState === 'pending') {
      const w = await this.repo.applyStatus(payload.measureId, payload.change, payload.expectedVersion);
      if (w.kind === 'throttled') return { kind: 'retry', retryAfterMs: w.retryAfterMs, error: 'throttled' };
      if (w.kind === 'failed') return { kind: 'retry', error: w.error };
      if (w.kind === 'conflict') {
        conflict = w.current;
        this.ledger.setWriteState(payload.decisionId, 'conflict');
      } else {
        this.ledger.setWriteState(payload.decisionId, 'written');
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
