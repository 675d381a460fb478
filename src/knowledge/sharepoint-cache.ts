import { applyMigrations, type Db } from '../storage/database';
import type { DocumentPage, LoadedDocument } from './types';

const MIGRATIONS = [
  `CREATE TABLE knowledge_sync_state (
     scope TEXT PRIMARY KEY,
     delta_link TEXT,
     synced_at TEXT NOT NULL
   );
   CREATE TABLE knowledge_sync_items (
     scope TEXT NOT NULL,
     item_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('file', 'folder')),
     name TEXT NOT NULL,
     web_url TEXT,
     ctag TEXT,
     title TEXT,
     pages TEXT,
     error TEXT,
     synced_at TEXT NOT NULL,
     PRIMARY KEY (scope, item_id)
   );`,
];

/** A file (parsed, or failed with the reason) or a tracked subfolder, as cached. */
export interface CachedItem {
  itemId: string;
  kind: 'file' | 'folder';
  name: string;
  webUrl?: string;
  /** Graph's content tag; unchanged means the cached text is still current. */
  cTag?: string;
  title?: string;
  pages?: DocumentPage[];
  /** Why the file could not be parsed; such files are not indexed until they change. */
  error?: string;
}

/**
 * What a restart needs so it does not download the library again: the delta link and each
 * file's parsed text, per scope (drive and folder), in the one SQLite database.
 */
export class KnowledgeSyncCache {
  constructor(private readonly db: Db, private readonly scope: string) {
    applyMigrations(db, 'knowledge-sync', MIGRATIONS);
  }

  deltaLink(): string | undefined {
    const row = this.db.prepare('SELECT delta_link FROM knowledge_sync_state WHERE scope = ?').get(this.scope) as { delta_link: string | null } | undefined;
    return row?.delta_link ?? undefined;
  }

  items(): Map<string, CachedItem> {
    const rows = this.db.prepare('SELECT * FROM knowledge_sync_items WHERE scope = ? ORDER BY name, item_id').all(this.scope) as Array<Record<string, string | null>>;
    const out = new Map<string, CachedItem>();
    for (const r of rows) {
      const item: CachedItem = { itemId: r.item_id!, kind: r.kind as 'file' | 'folder', name: r.name! };
      if (r.web_url) item.webUrl = r.web_url;
      if (r.ctag) item.cTag = r.ctag;
      if (r.title) item.title = r.title;
      if (r.pages) item.pages = JSON.parse(r.pages) as DocumentPage[];
      if (r.error) item.error = r.error;
      out.set(item.itemId, item);
    }
    return out;
  }

  /** Applies one sync's changes and its delta link in one transaction, so a crash never mixes them. */
  save(change: { upserts: CachedItem[]; removed: string[]; deltaLink: string | undefined }, at: Date): void {
    const when = at.toISOString();
    const put = this.db.prepare(
      `INSERT OR REPLACE INTO knowledge_sync_items (scope, item_id, kind, name, web_url, ctag, title, pages, error, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const drop = this.db.prepare('DELETE FROM knowledge_sync_items WHERE scope = ? AND item_id = ?');
    this.db.transaction(() => {
      for (const id of change.removed) drop.run(this.scope, id);
      for (const i of change.upserts) {
        put.run(this.scope, i.itemId, i.kind, i.name, i.webUrl ?? null, i.cTag ?? null, i.title ?? null,
          i.pages ? JSON.stringify(i.pages) : null, i.error ?? null, when);
      }
      this.db
        .prepare(`INSERT INTO knowledge_sync_state (scope, delta_link, synced_at) VALUES (?, ?, ?)
                  ON CONFLICT (scope) DO UPDATE SET delta_link = excluded.delta_link, synced_at = excluded.synced_at`)
        .run(this.scope, change.deltaLink ?? null, when);
    })();
  }
}

/** The parsed files as documents for the index, cited by their SharePoint web URL. */
export function documentsOf(items: Map<string, CachedItem>): LoadedDocument[] {
  const docs: LoadedDocument[] = [];
  for (const i of items.values()) {
    if (i.kind !== 'file' || !i.pages) continue;
    const doc: LoadedDocument = { id: i.itemId, title: i.title ?? i.name, source: i.name, pages: i.pages };
    if (i.webUrl) doc.url = i.webUrl;
    docs.push(doc);
  }
  return docs.sort((a, b) => a.source.localeCompare(b.source, 'nb') || a.id.localeCompare(b.id));
}
