import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

/**
 * Opens the one SQLite file under DATA_DIR (or ':memory:' for tests) with the settings the
 * product relies on: WAL so readers never block the writer, and a busy timeout so two
 * processes on one file (two dispatchers, the CLI beside the bot) wait instead of failing.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (module, version))`);
  return db;
}

/**
 * Applies a module's migrations in order, each once. Every capability owns its own tables and
 * its own list, so modules never edit a shared migration file.
 * Migration N is `migrations[N-1]`; never edit or reorder one that has shipped, only append.
 */
export function applyMigrations(db: Db, module: string, migrations: readonly string[]): void {
  const applied = db
    .prepare('SELECT version FROM schema_migrations WHERE module = ?')
    .all(module)
    .map((r) => (r as { version: number }).version);
  const done = new Set(applied);
  const record = db.prepare('INSERT INTO schema_migrations (module, version, applied_at) VALUES (?, ?, ?)');
  migrations.forEach((sql, i) => {
    const version = i + 1;
    if (done.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      record.run(module, version, new Date().toISOString());
    })();
  });
}
