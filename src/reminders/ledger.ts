import type { Db } from '../storage/database';
import { applyMigrations } from '../storage/database';
import type { OccurrenceKind } from './occurrences';

/** One reminder to one channel: the unit that is posted exactly once. */
export interface DeliveryKey {
  entryId: string;
  date: string;
  kind: OccurrenceKind;
  conversationId: string;
}

export type DeliveryState = 'claimed' | 'sent' | 'failed' | 'parked';

/**
 * `claimed`: this caller may send now. `done`: sent or parked, skip it. `busy`: another dispatcher
 * holds a live lease, or a retry waits for its time; later reminders to the channel must wait too.
 */
export type ClaimResult = 'claimed' | 'done' | 'busy';

/** Who marked a reminder done, and when. */
export interface DoneRecord {
  entryId: string;
  date: string;
  byAadObjectId: string;
  byName: string;
  at: string;
}

const MIGRATIONS = [
  `CREATE TABLE reminder_deliveries (
     entry_id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, conversation_id TEXT NOT NULL,
     state TEXT NOT NULL, claimed_at INTEGER NOT NULL, claimed_by TEXT, attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER, activity_id TEXT, late INTEGER NOT NULL DEFAULT 0, sent_at TEXT, last_error TEXT,
     PRIMARY KEY (entry_id, date, kind, conversation_id));
   CREATE TABLE reminder_done (
     entry_id TEXT NOT NULL, date TEXT NOT NULL, by_aad_object_id TEXT NOT NULL, by_name TEXT NOT NULL, at TEXT NOT NULL,
     PRIMARY KEY (entry_id, date));`,
];

/**
 * The persistent record of every reminder delivery. A row is claimed BEFORE the send, inside one
 * SQLite write, so two dispatchers on one file (or a restart) can never both post it. A claim not
 * marked sent within the lease is taken to be a crash and may be claimed again.
 */
export class ReminderLedger {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'reminders-ledger', MIGRATIONS);
  }

  claim(key: DeliveryKey, owner: string, now: Date, leaseMs: number, late: boolean): ClaimResult {
    const t = now.getTime();
    return this.db.transaction((): ClaimResult => {
      const inserted = this.db
        .prepare(`INSERT OR IGNORE INTO reminder_deliveries (entry_id, date, kind, conversation_id, state, claimed_at, claimed_by, attempts, late)
                  VALUES (@entryId, @date, @kind, @conversationId, 'claimed', @t, @owner, 1, @late)`)
        .run({ ...key, t, owner, late: late ? 1 : 0 });
      if (inserted.changes === 1) return 'claimed';
      const taken = this.db
        .prepare(`UPDATE reminder_deliveries SET state = 'claimed', claimed_at = @t, claimed_by = @owner, attempts = attempts + 1, late = @late
                  WHERE entry_id = @entryId AND date = @date AND kind = @kind AND conversation_id = @conversationId
                    AND ((state = 'claimed' AND claimed_at <= @expired) OR (state = 'failed' AND COALESCE(next_attempt_at, 0) <= @t))`)
        .run({ ...key, t, owner, expired: t - leaseMs, late: late ? 1 : 0 });
      if (taken.changes === 1) return 'claimed';
      return this.state(key) === 'sent' || this.state(key) === 'parked' ? 'done' : 'busy';
    }).immediate();
  }

  markSent(key: DeliveryKey, activityId: string | undefined, now: Date): void {
    this.update(key, `state = 'sent', activity_id = @activityId, sent_at = @now, next_attempt_at = NULL, last_error = NULL`, {
      activityId: activityId ?? null, now: now.toISOString(),
    });
  }

  /** Left due: any dispatcher may try again from `nextAttemptAt`. */
  markFailed(key: DeliveryKey, nextAttemptAt: Date, error: string): void {
    this.update(key, `state = 'failed', next_attempt_at = @next, last_error = @error`, { next: nextAttemptAt.getTime(), error });
  }

  /** Never posted: the channel is gone, or the reminder is too old to post. */
  markParked(key: DeliveryKey, reason: string): void {
    this.update(key, `state = 'parked', last_error = @reason`, { reason });
  }

  /** Parks a reminder too old to post; true the first time, so it is reported once. */
  expire(key: DeliveryKey, now: Date): boolean {
    return this.db.transaction((): boolean => {
      const ins = this.db
        .prepare(`INSERT OR IGNORE INTO reminder_deliveries (entry_id, date, kind, conversation_id, state, claimed_at, last_error)
                  VALUES (@entryId, @date, @kind, @conversationId, 'parked', @t, 'expired')`)
        .run({ ...key, t: now.getTime() });
      if (ins.changes === 1) return true;
      const upd = this.db
        .prepare(`UPDATE reminder_deliveries SET state = 'parked', last_error = 'expired'
                  WHERE entry_id = @entryId AND date = @date AND kind = @kind AND conversation_id = @conversationId AND state = 'failed'`)
        .run(key);
      return upd.changes === 1;
    }).immediate();
  }

  state(key: DeliveryKey): DeliveryState | undefined {
    return this.row(key)?.state;
  }

  row(key: DeliveryKey): { state: DeliveryState; attempts: number; late: number; activity_id: string | null } | undefined {
    return this.db
      .prepare(`SELECT state, attempts, late, activity_id FROM reminder_deliveries
                WHERE entry_id = @entryId AND date = @date AND kind = @kind AND conversation_id = @conversationId`)
      .get(key) as { state: DeliveryState; attempts: number; late: number; activity_id: string | null } | undefined;
  }

  /** Records "done" once; later clicks return the first record unchanged. */
  recordDone(entryId: string, date: string, by: { aadObjectId: string; name: string }, now: Date): { first: boolean; record: DoneRecord } {
    const ins = this.db
      .prepare('INSERT OR IGNORE INTO reminder_done (entry_id, date, by_aad_object_id, by_name, at) VALUES (?, ?, ?, ?, ?)')
      .run(entryId, date, by.aadObjectId, by.name, now.toISOString());
    return { first: ins.changes === 1, record: this.doneOf(entryId, date) as DoneRecord };
  }

  doneOf(entryId: string, date: string): DoneRecord | undefined {
    const r = this.db.prepare('SELECT * FROM reminder_done WHERE entry_id = ? AND date = ?').get(entryId, date) as
      | { entry_id: string; date: string; by_aad_object_id: string; by_name: string; at: string }
      | undefined;
    return r && { entryId: r.entry_id, date: r.date, byAadObjectId: r.by_aad_object_id, byName: r.by_name, at: r.at };
  }

  private update(key: DeliveryKey, set: string, params: Record<string, unknown>): void {
    this.db
      .prepare(`UPDATE reminder_deliveries SET ${set} WHERE entry_id = @entryId AND date = @date AND kind = @kind AND conversation_id = @conversationId`)
      .run({ ...key, ...params });
  }
}
