import { randomUUID } from 'node:crypto';
import type { Db } from '../storage/database';
import { applyMigrations } from '../storage/database';
import {
  claimAction, type ClaimOptions, type ClaimResult, type DeliveryKey, type DeliveryRow, type DeliveryState, type DoneRecord, type Lease, type ReminderLedger,
} from './ledger';

const MIGRATIONS = [
  `CREATE TABLE reminder_deliveries (
     entry_id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, conversation_id TEXT NOT NULL,
     state TEXT NOT NULL, claimed_at INTEGER NOT NULL, claimed_by TEXT, attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER, activity_id TEXT, late INTEGER NOT NULL DEFAULT 0, sent_at TEXT, last_error TEXT,
     PRIMARY KEY (entry_id, date, kind, conversation_id));
   CREATE TABLE reminder_done (
     entry_id TEXT NOT NULL, date TEXT NOT NULL, by_aad_object_id TEXT NOT NULL, by_name TEXT NOT NULL, at TEXT NOT NULL,
     PRIMARY KEY (entry_id, date));`,
  // Every write sets a new token; writes are conditional on it (optimistic, like the Tables eTag).
  `ALTER TABLE reminder_deliveries ADD COLUMN lease_token TEXT;
   CREATE TABLE dispatcher_instances (owner TEXT PRIMARY KEY, beat_at INTEGER NOT NULL);`,
];

type Raw = { state: DeliveryState; claimed_at: number; claimed_by: string | null; attempts: number; next_attempt_at: number | null; late: number; activity_id: string | null; lease_token: string | null };

const WHERE_KEY = 'entry_id = @entryId AND date = @date AND kind = @kind AND conversation_id = @conversationId';

/** The reminder ledger in the one SQLite file: the embedded default. */
export class SqliteReminderLedger implements ReminderLedger {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'reminders-ledger', MIGRATIONS);
  }

  async claim(key: DeliveryKey, o: ClaimOptions): Promise<ClaimResult> {
    const token = randomUUID();
    const t = o.now.getTime();
    const inserted = this.db
      .prepare(`INSERT OR IGNORE INTO reminder_deliveries (entry_id, date, kind, conversation_id, state, claimed_at, claimed_by, attempts, late, lease_token)
                VALUES (@entryId, @date, @kind, @conversationId, 'claimed', @t, @owner, 1, @late, @token)`)
      .run({ ...key, t, owner: o.owner, late: o.late ? 1 : 0, token });
    if (inserted.changes === 1) return { kind: 'claimed', lease: { key, owner: o.owner, token } };
    const current = this.raw(key);
    if (!current) return { kind: 'busy' };
    const action = await claimAction(toRow(current), o, async (owner) => this.alive(owner, o.now, o.staleMs));
    if (action === 'done' || action === 'busy') return { kind: action };
    const state = action === 'take' ? 'claimed' : 'uncertain';
    const changed = this.conditional(key, current.lease_token ?? '', token,
      `state = @state, claimed_at = @t, claimed_by = @owner, late = @late, attempts = attempts + ${action === 'take' ? 1 : 0},
       last_error = CASE WHEN @state = 'uncertain' THEN 'stopped while sending' ELSE last_error END`,
      { state, t, owner: o.owner, late: o.late ? 1 : 0 });
    if (!changed) return { kind: 'busy' };
    return action === 'take' ? { kind: 'claimed', lease: { key, owner: o.owner, token } } : { kind: 'uncertain' };
  }

  async markSending(lease: Lease, now: Date): Promise<Lease | undefined> {
    return this.move(lease, `state = 'sending', claimed_at = @t`, { t: now.getTime() });
  }

  async markNotSent(lease: Lease, now: Date): Promise<Lease | undefined> {
    return this.move(lease, `state = 'claimed', claimed_at = @t`, { t: now.getTime() });
  }

  async markSent(key: DeliveryKey, activityId: string | undefined, now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE reminder_deliveries SET state = 'sent', activity_id = @activityId, sent_at = @now, next_attempt_at = NULL,
                last_error = NULL, lease_token = @token WHERE ${WHERE_KEY}`)
      .run({ ...key, activityId: activityId ?? null, now: now.toISOString(), token: randomUUID() });
  }

  async markFailed(lease: Lease, nextAttemptAt: Date, error: string): Promise<void> {
    await this.move(lease, `state = 'failed', next_attempt_at = @next, last_error = @error`, { next: nextAttemptAt.getTime(), error });
  }

  async markParked(lease: Lease, reason: string): Promise<void> {
    await this.move(lease, `state = 'parked', last_error = @reason`, { reason });
  }

  async markUncertain(lease: Lease, reason: string): Promise<void> {
    await this.move(lease, `state = 'uncertain', last_error = @reason`, { reason });
  }

  async expire(key: DeliveryKey, now: Date): Promise<boolean> {
    const ins = this.db
      .prepare(`INSERT OR IGNORE INTO reminder_deliveries (entry_id, date, kind, conversation_id, state, claimed_at, last_error, lease_token)
                VALUES (@entryId, @date, @kind, @conversationId, 'parked', @t, 'expired', @token)`)
      .run({ ...key, t: now.getTime(), token: randomUUID() });
    if (ins.changes === 1) return true;
    return this.db
      .prepare(`UPDATE reminder_deliveries SET state = 'parked', last_error = 'expired', lease_token = @token WHERE ${WHERE_KEY} AND state = 'failed'`)
      .run({ ...key, token: randomUUID() }).changes === 1;
  }

  async row(key: DeliveryKey): Promise<DeliveryRow | undefined> {
    const r = this.raw(key);
    return r && toRow(r);
  }

  async heartbeat(owner: string, now: Date): Promise<void> {
    this.db.prepare('INSERT INTO dispatcher_instances (owner, beat_at) VALUES (?, ?) ON CONFLICT(owner) DO UPDATE SET beat_at = excluded.beat_at')
      .run(owner, now.getTime());
  }

  async liveInstances(now: Date, staleMs: number): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM dispatcher_instances WHERE beat_at > ?').get(now.getTime() - staleMs) as { n: number };
    return Math.max(1, row.n);
  }

  async recordDone(entryId: string, date: string, by: { aadObjectId: string; name: string }, now: Date): Promise<{ first: boolean; record: DoneRecord }> {
    const ins = this.db
      .prepare('INSERT OR IGNORE INTO reminder_done (entry_id, date, by_aad_object_id, by_name, at) VALUES (?, ?, ?, ?, ?)')
      .run(entryId, date, by.aadObjectId, by.name, now.toISOString());
    return { first: ins.changes === 1, record: (await this.doneOf(entryId, date)) as DoneRecord };
  }

  async doneOf(entryId: string, date: string): Promise<DoneRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM reminder_done WHERE entry_id = ? AND date = ?').get(entryId, date) as
      | { entry_id: string; date: string; by_aad_object_id: string; by_name: string; at: string }
      | undefined;
    return r && { entryId: r.entry_id, date: r.date, byAadObjectId: r.by_aad_object_id, byName: r.by_name, at: r.at };
  }

  private alive(owner: string, now: Date, staleMs: number): boolean {
    const r = this.db.prepare('SELECT beat_at FROM dispatcher_instances WHERE owner = ?').get(owner) as { beat_at: number } | undefined;
    return r !== undefined && r.beat_at > now.getTime() - staleMs;
  }

  private raw(key: DeliveryKey): Raw | undefined {
    return this.db
      .prepare(`SELECT state, claimed_at, claimed_by, attempts, next_attempt_at, late, activity_id, lease_token FROM reminder_deliveries WHERE ${WHERE_KEY}`)
      .get(key) as Raw | undefined;
  }

  /** Applies `set` only if the row still carries `lease`'s token; the renewed lease, or undefined. */
  private async move(lease: Lease, set: string, params: Record<string, unknown>): Promise<Lease | undefined> {
    const token = randomUUID();
    return this.conditional(lease.key, lease.token, token, set, params) ? { ...lease, token } : undefined;
  }

  private conditional(key: DeliveryKey, expected: string, token: string, set: string, params: Record<string, unknown>): boolean {
    return this.db
      .prepare(`UPDATE reminder_deliveries SET ${set}, lease_token = @token WHERE ${WHERE_KEY} AND COALESCE(lease_token, '') = @expected`)
      .run({ ...key, ...params, token, expected }).changes === 1;
  }
}

function toRow(r: Raw): DeliveryRow {
  return {
    state: r.state, claimedAt: r.claimed_at, attempts: r.attempts, late: r.late === 1,
    ...(r.claimed_by ? { owner: r.claimed_by } : {}),
    ...(r.next_attempt_at !== null ? { nextAttemptAt: r.next_attempt_at } : {}),
    ...(r.activity_id ? { activityId: r.activity_id } : {}),
  };
}
