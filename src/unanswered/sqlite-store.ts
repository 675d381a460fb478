import type { Db } from '../storage/database';
import { applyMigrations } from '../storage/database';
import { byCountThenRecent, type UnansweredEntry, type UnansweredGroup, type UnansweredStore } from './types';

const MIGRATIONS = [
  `CREATE TABLE unanswered_questions (
     id TEXT PRIMARY KEY,
     text TEXT NOT NULL,
     reason TEXT NOT NULL CHECK (reason IN ('refused', 'uncertain', 'downvoted')),
     label TEXT NOT NULL,
     answer_line TEXT NOT NULL,
     count INTEGER NOT NULL,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL)`,
  `CREATE INDEX unanswered_last_seen ON unanswered_questions (last_seen)`,
];

interface Row {
  id: string;
  text: string;
  reason: UnansweredGroup['reason'];
  label: UnansweredGroup['label'];
  answer_line: string;
  count: number;
  first_seen: string;
  last_seen: string;
}

const fromRow = (r: Row): UnansweredGroup => ({
  id: r.id, text: r.text, reason: r.reason, label: r.label, answerLine: r.answer_line, count: r.count, firstSeen: r.first_seen, lastSeen: r.last_seen,
});

/** Unanswered questions in the SQLite file: one row per group, counted up by an upsert. */
export class SqliteUnansweredStore implements UnansweredStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'unanswered', MIGRATIONS);
  }

  async record(e: UnansweredEntry, now: Date): Promise<void> {
    const at = now.toISOString();
    // The latest text and answer stand for the group; first_seen never moves on, last_seen never goes back
    // (occurrences from two instances may arrive out of order).
    this.db.prepare(
      `INSERT INTO unanswered_questions (id, text, reason, label, answer_line, count, first_seen, last_seen)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET text = excluded.text, reason = excluded.reason, label = excluded.label,
         answer_line = excluded.answer_line, count = count + 1,
         first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)`,
    ).run(e.id, e.text, e.reason, e.label, e.answerLine, at, at);
  }

  async list(since: Date): Promise<UnansweredGroup[]> {
    const rows = this.db.prepare('SELECT * FROM unanswered_questions WHERE last_seen >= ?').all(since.toISOString()) as Row[];
    return rows.map(fromRow).sort(byCountThenRecent);
  }

  async firstSeenBetween(from: Date, to: Date): Promise<UnansweredGroup[]> {
    const rows = this.db
      .prepare('SELECT * FROM unanswered_questions WHERE first_seen >= ? AND first_seen < ? ORDER BY first_seen, id')
      .all(from.toISOString(), to.toISOString()) as Row[];
    return rows.map(fromRow);
  }

  async purge(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM unanswered_questions WHERE last_seen < ?').run(cutoff.toISOString()).changes;
  }
}
