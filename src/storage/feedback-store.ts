import { findPersonalData } from '../common/mask';
import type { Db } from './database';
import { applyMigrations } from './database';

/** A 👍/👎 on an answer. Only a hash of the question is kept, never its text. */
export interface AnswerFeedback {
  verdict: 'up' | 'down';
  questionHash: string;
  passageIds: string[];
}

const MIGRATIONS = [
  `CREATE TABLE answer_feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
     question_hash TEXT NOT NULL,
     passage_ids TEXT NOT NULL,
     created_at TEXT NOT NULL)`,
];

/** Answer feedback. Adapters: SQLite (below), Azure Table Storage (tables-small-stores.ts). */
export interface FeedbackStore {
  record(feedback: AnswerFeedback, now: Date): Promise<void>;
  /** Counts per verdict, for the maintainers' view of answer quality. */
  counts(): Promise<{ up: number; down: number }>;
}

export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'feedback', MIGRATIONS);
  }

  async record(feedback: AnswerFeedback, now: Date): Promise<void> {
    this.db
      .prepare('INSERT INTO answer_feedback (verdict, question_hash, passage_ids, created_at) VALUES (?, ?, ?, ?)')
      .run(feedback.verdict, feedback.questionHash, JSON.stringify(feedback.passageIds), now.toISOString());
  }

  async counts(): Promise<{ up: number; down: number }> {
    const rows = this.db.prepare('SELECT verdict, COUNT(*) AS n FROM answer_feedback GROUP BY verdict').all() as Array<{ verdict: 'up' | 'down'; n: number }>;
    return { up: rows.find((r) => r.verdict === 'up')?.n ?? 0, down: rows.find((r) => r.verdict === 'down')?.n ?? 0 };
  }
}

/**
 * A passage id as the answer card carries it: a document id (a file name, or a SharePoint item
 * id) and the passage number, "handlingsplan.md#12". Card data is untrusted: anything else, or
 * anything that holds personal data, is refused rather than stored.
 */
const PASSAGE_ID = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,150}#\d{1,5}$/u;

function isPassageId(id: unknown): boolean {
  if (typeof id !== 'string' || !PASSAGE_ID.test(id)) return false;
  const found = findPersonalData(id);
  return !found.fnr && !found.phone && !found.email;
}

/** Parses untrusted card data into feedback, or null when it is not what our card sends. */
export function parseFeedback(data: Record<string, unknown>): AnswerFeedback | null {
  const { verdict, q, ids } = data;
  if (verdict !== 'up' && verdict !== 'down') return null;
  if (typeof q !== 'string' || !/^[0-9a-f]{64}$/.test(q)) return null;
  if (!Array.isArray(ids) || ids.length > 10 || !ids.every(isPassageId)) return null;
  return { verdict, questionHash: q, passageIds: ids as string[] };
}
