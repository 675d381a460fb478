import type { Db } from './database';
import { applyMigrations } from './database';

/**
 * "Only the first one does it": background work that every instance runs on the same schedule
 * (the knowledge sync's report to coordinators) is done by the instance whose conditional insert
 * of the key wins. Adapters: SQLite (below) and Azure Table Storage (tables-stores.ts).
 */
export interface OnceStore {
  /** True for the first caller with this key, on any instance; false for every later one. */
  first(key: string, now: Date): Promise<boolean>;
}

const MIGRATIONS = [`CREATE TABLE once_keys (key TEXT PRIMARY KEY, at TEXT NOT NULL)`];

export class SqliteOnceStore implements OnceStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'once', MIGRATIONS);
  }

  async first(key: string, now: Date): Promise<boolean> {
    return this.db.prepare('INSERT OR IGNORE INTO once_keys (key, at) VALUES (?, ?)').run(key, now.toISOString()).changes === 1;
  }
}
