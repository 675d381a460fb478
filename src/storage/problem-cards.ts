import type { Db } from './database';
import { applyMigrations } from './database';

/** The plan-problem card last posted in a coordinator's chat, and which problems it listed. */
export interface ProblemCardRecord {
  conversationId: string;
  activityId: string;
  /** Keys of the problems the card shows (see problemKey). */
  keys: string[];
  updatedAt: string;
}

const MIGRATIONS = [
  `CREATE TABLE plan_problem_cards (
     conversation_id TEXT PRIMARY KEY,
     activity_id TEXT NOT NULL,
     problem_keys TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
];

/** Remembers each coordinator's problem card, so a restart never posts the same list twice. */
export class ProblemCardStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'plan-problem-cards', MIGRATIONS);
  }

  get(conversationId: string): ProblemCardRecord | undefined {
    const r = this.db.prepare('SELECT conversation_id, activity_id, problem_keys, updated_at FROM plan_problem_cards WHERE conversation_id = ?').get(conversationId) as
      | { conversation_id: string; activity_id: string; problem_keys: string; updated_at: string }
      | undefined;
    return r ? { conversationId: r.conversation_id, activityId: r.activity_id, keys: JSON.parse(r.problem_keys) as string[], updatedAt: r.updated_at } : undefined;
  }

  set(record: ProblemCardRecord): void {
    this.db
      .prepare('INSERT OR REPLACE INTO plan_problem_cards (conversation_id, activity_id, problem_keys, updated_at) VALUES (?, ?, ?, ?)')
      .run(record.conversationId, record.activityId, JSON.stringify(record.keys), record.updatedAt);
  }
}
