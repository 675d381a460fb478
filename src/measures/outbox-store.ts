import { randomUUID } from 'node:crypto';
import { applyMigrations, type Db } from '../storage/database';
import { MEASURE_MIGRATIONS } from './migrations';
import type { OutboxPayload } from './types';

/** Names one outbox entry; the Tables adapter files it under the proposal, SQLite under the decision. */
export interface OutboxKey {
  decisionId: string;
  proposalId: string;
}

/** An entry reserved for one deliverer until `leaseMs` runs out. Outcomes are recorded only while the token holds. */
export interface OutboxLease extends OutboxKey {
  payload: OutboxPayload;
  attempts: number;
  token: string;
  /** Why the entry is parked, when it is: SharePoint refused it for good the last time. */
  parked?: string;
  /** How many times it has been parked; the next wait grows with it. */
  parkedCount: number;
}

/** A parked entry as operators and tests see it. */
export interface OutboxEntry {
  decisionId: string;
  state: 'pending' | 'done' | 'conflict';
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  /** Set while the entry waits for someone to fix what SharePoint refused (a column, a permission). */
  parked?: string;
}

/**
 * The outbox rows that `DecisionLedger.decide` creates. Workers on every instance read `due`,
 * and a lease (conditional update) makes sure only one delivers an entry at a time.
 * Adapters: SQLite (below) and Azure Table Storage (tables-outbox.ts).
 */
export interface OutboxStore {
  /** Pending entries whose next attempt is due and whose lease is free, oldest first. */
  due(now: Date, limit: number): Promise<OutboxKey[]>;
  /** Takes the lease when the entry is pending and nobody holds it. */
  claim(key: OutboxKey, now: Date, leaseMs: number): Promise<OutboxLease | undefined>;
  /** Not delivered yet: try again from `nextAttemptAt`, and free the lease. */
  retry(lease: OutboxLease, nextAttemptAt: Date, error: string): Promise<void>;
  /**
   * Refused for good (400, 403, 404): keep it, with its reason, and try again only from
   * `nextAttemptAt` (a long wait) or when `releaseParked` says the cause may be fixed. Frees the lease.
   */
  park(lease: OutboxLease, nextAttemptAt: Date, reason: string): Promise<void>;
  /** Makes every parked entry due at `now` (a column was added, say); returns how many. */
  releaseParked(now: Date): Promise<number>;
  /** Delivered (or a conflict that will never change): the entry is finished. */
  finish(lease: OutboxLease, state: 'done' | 'conflict', now: Date): Promise<void>;
  entries(): Promise<OutboxEntry[]>;
}

export class SqliteOutboxStore implements OutboxStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'measures', MEASURE_MIGRATIONS);
  }

  async due(now: Date, limit: number): Promise<OutboxKey[]> {
    const t = now.toISOString();
    const rows = this.db
      .prepare(
        `SELECT o.decision_id, d.proposal_id FROM outbox o JOIN decisions d ON d.id = o.decision_id
          WHERE o.state = 'pending' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)
          ORDER BY o.next_attempt_at, o.created_at LIMIT ?`,
      )
      .all(t, t, limit) as { decision_id: string; proposal_id: string }[];
    return rows.map((r) => ({ decisionId: r.decision_id, proposalId: r.proposal_id }));
  }

  async claim(key: OutboxKey, now: Date, leaseMs: number): Promise<OutboxLease | undefined> {
    const token = randomUUID();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const claimed = this.db
      .prepare(
        `UPDATE outbox SET lease_until = ?, lease_token = ? WHERE decision_id = ? AND state = 'pending'
           AND (lease_until IS NULL OR lease_until <= ?)`,
      )
      .run(until, token, key.decisionId, now.toISOString()).changes;
    if (claimed !== 1) return undefined;
    const row = this.db.prepare('SELECT payload, attempts, parked, parked_count FROM outbox WHERE decision_id = ?').get(key.decisionId) as {
      payload: string; attempts: number; parked: string | null; parked_count: number;
    };
    return {
      ...key, payload: JSON.parse(row.payload) as OutboxPayload, attempts: row.attempts, token, parkedCount: row.parked_count,
      ...(row.parked !== null ? { parked: row.parked } : {}),
    };
  }

  async retry(lease: OutboxLease, nextAttemptAt: Date, error: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL, lease_token = NULL, last_error = ?
           WHERE decision_id = ? AND lease_token = ?`,
      )
      .run(nextAttemptAt.toISOString(), error, lease.decisionId, lease.token);
  }

  async park(lease: OutboxLease, nextAttemptAt: Date, reason: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL, lease_token = NULL, last_error = ?,
           parked = ?, parked_count = parked_count + 1 WHERE decision_id = ? AND lease_token = ?`,
      )
      .run(nextAttemptAt.toISOString(), reason, reason, lease.decisionId, lease.token);
  }

  async releaseParked(now: Date): Promise<number> {
    return this.db
      .prepare(`UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND parked IS NOT NULL AND next_attempt_at > ?`)
      .run(now.toISOString(), now.toISOString()).changes;
  }

  async finish(lease: OutboxLease, state: 'done' | 'conflict', now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE outbox SET state = ?, lease_until = NULL, lease_token = NULL, done_at = ?, parked = NULL WHERE decision_id = ? AND lease_token = ?`)
      .run(state, now.toISOString(), lease.decisionId, lease.token);
  }

  async entries(): Promise<OutboxEntry[]> {
    const rows = this.db
      .prepare('SELECT decision_id, state, attempts, next_attempt_at, last_error, parked FROM outbox ORDER BY created_at, decision_id')
      .all() as { decision_id: string; state: OutboxEntry['state']; attempts: number; next_attempt_at: string; last_error: string | null; parked: string | null }[];
    return rows.map((r) => ({
      decisionId: r.decision_id, state: r.state, attempts: r.attempts, nextAttemptAt: r.next_attempt_at,
      ...(r.last_error !== null ? { lastError: r.last_error } : {}),
      ...(r.parked !== null ? { parked: r.parked } : {}),
    }));
  }
}
