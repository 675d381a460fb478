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

/** A record with the version a conditional write must match. */
export interface VersionedProblemCard {
  record: ProblemCardRecord;
  version: string;
}

/**
 * Each coordinator's problem card, so a restart never posts the same list twice, and two
 * instances never post it both: `put` is conditional on the version read. Adapters: SQLite
 * (below) and Azure Table Storage (tables-stores.ts).
 */
export interface ProblemCardStore {
  get(conversationId: string): Promise<VersionedProblemCard | undefined>;
  /**
   * Writes the record if the stored one still has version `expected` (undefined: only if there is
   * none). The new version, or undefined when another writer got there first.
   */
  put(record: ProblemCardRecord, expected: string | undefined): Promise<string | undefined>;
}

const MIGRATIONS = [
  `CREATE TABLE plan_problem_cards (
     conversation_id TEXT PRIMARY KEY,
     activity_id TEXT NOT NULL,
     problem_keys TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  `ALTER TABLE plan_problem_cards ADD COLUMN version INTEGER NOT NULL DEFAULT 1;`,
];

type Row = { conversation_id: string; activity_id: string; problem_keys: string; updated_at: string; version: number };

export class SqliteProblemCardStore implements ProblemCardStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'plan-problem-cards', MIGRATIONS);
  }

  async get(conversationId: string): Promise<VersionedProblemCard | undefined> {
    const r = this.db.prepare('SELECT * FROM plan_problem_cards WHERE conversation_id = ?').get(conversationId) as Row | undefined;
    return r && {
      record: { conversationId: r.conversation_id, activityId: r.activity_id, keys: JSON.parse(r.problem_keys) as string[], updatedAt: r.updated_at },
      version: String(r.version),
    };
  }

  async put(record: ProblemCardRecord, expected: string | undefined): Promise<string | undefined> {
    const values = [record.activityId, JSON.stringify(record.keys), record.updatedAt];
    if (expected === undefined) {
      const ins = this.db
        .prepare('INSERT OR IGNORE INTO plan_problem_cards (activity_id, problem_keys, updated_at, conversation_id, version) VALUES (?, ?, ?, ?, 1)')
        .run(...values, record.conversationId);
      return ins.changes === 1 ? '1' : undefined;
    }
    const upd = this.db
      .prepare('UPDATE plan_problem_cards SET activity_id = ?, problem_keys = ?, updated_at = ?, version = version + 1 WHERE conversation_id = ? AND version = ?')
      .run(...values, record.conversationId, Number(expected));
    return upd.changes === 1 ? String(Number(expected) + 1) : undefined;
  }
}
