import type { Db } from './database';
import { applyMigrations } from './database';

/** The plan-problem card last posted to a coordinator, and which problems they have been told of. */
export interface ProblemCardRecord {
  /** The chat the card is in. */
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
 * What each coordinator has been told about the plan's problems, so a restart, a new chat or a
 * second instance never tells the same problems twice: `put` is conditional on the version read.
 * Keyed by the coordinator (`problemNoticeKey`); releases before kept one record per chat, keyed
 * by its conversation id, which is still read once to carry it over. Adapters: SQLite (below)
 * and Azure Table Storage (tables-stores.ts).
 */
export interface ProblemCardStore {
  get(key: string): Promise<VersionedProblemCard | undefined>;
  /**
   * Writes the record under `key` if the stored one still has version `expected` (undefined: only
   * if there is none). The new version, or undefined when another writer got there first.
   */
  put(key: string, record: ProblemCardRecord, expected: string | undefined): Promise<string | undefined>;
}

/** The store key of a coordinator's notice record. */
export const problemNoticeKey = (aadObjectId: string) => `coordinator:${aadObjectId}`;

const MIGRATIONS = [
  `CREATE TABLE plan_problem_cards (
     conversation_id TEXT PRIMARY KEY,
     activity_id TEXT NOT NULL,
     problem_keys TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
  `ALTER TABLE plan_problem_cards ADD COLUMN version INTEGER NOT NULL DEFAULT 1;`,
  // Records are keyed by coordinator now (in conversation_id); the card's chat has its own column.
  `ALTER TABLE plan_problem_cards ADD COLUMN chat_id TEXT;`,
];

type Row = { conversation_id: string; chat_id: string | null; activity_id: string; problem_keys: string; updated_at: string; version: number };

export class SqliteProblemCardStore implements ProblemCardStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'plan-problem-cards', MIGRATIONS);
  }

  async get(key: string): Promise<VersionedProblemCard | undefined> {
    const r = this.db.prepare('SELECT * FROM plan_problem_cards WHERE conversation_id = ?').get(key) as Row | undefined;
    return r && {
      record: { conversationId: r.chat_id ?? r.conversation_id, activityId: r.activity_id, keys: JSON.parse(r.problem_keys) as string[], updatedAt: r.updated_at },
      version: String(r.version),
    };
  }

  async put(key: string, record: ProblemCardRecord, expected: string | undefined): Promise<string | undefined> {
    const values = [record.conversationId, record.activityId, JSON.stringify(record.keys), record.updatedAt];
    if (expected === undefined) {
      const ins = this.db
        .prepare('INSERT OR IGNORE INTO plan_problem_cards (chat_id, activity_id, problem_keys, updated_at, conversation_id, version) VALUES (?, ?, ?, ?, ?, 1)')
        .run(...values, key);
      return ins.changes === 1 ? '1' : undefined;
    }
    const upd = this.db
      .prepare('UPDATE plan_problem_cards SET chat_id = ?, activity_id = ?, problem_keys = ?, updated_at = ?, version = version + 1 WHERE conversation_id = ? AND version = ?')
      .run(...values, key, Number(expected));
    return upd.changes === 1 ? String(Number(expected) + 1) : undefined;
  }
}
