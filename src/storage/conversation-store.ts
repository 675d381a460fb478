import type { Db } from './database';
import { applyMigrations } from './database';

/** What is needed to post into a conversation later, without a user turn (proactive). */
export interface ConversationRef {
  conversationId: string;
  serviceUrl: string;
  tenantId?: string;
  kind: 'personal' | 'channel' | 'groupChat';
  teamId?: string;
  teamName?: string;
  channelName?: string;
  /** For personal chats: the user's Entra object id, so coordinators can be reached. */
  userAadObjectId?: string;
  /** For personal chats: the user's Teams id ("29:…"), which card refresh `userIds` needs. */
  userId?: string;
  /** Set when Teams said the conversation is gone (403/404); nothing is posted there again. */
  goneAt?: string;
}

/**
 * Stores conversation references for reminders and approvals. One port, two adapters: SQLite
 * (below) and Azure Table Storage (tables-conversations.ts).
 */
export interface ConversationStore {
  /**
   * Inserts or updates; fields the new reference lacks keep their stored value. Revives a gone
   * conversation. `lazy` (every message does this) may skip a reference already stored as it is,
   * and write a new one shortly after instead of at once.
   */
  upsert(ref: ConversationRef, now: Date, options?: { lazy?: boolean }): Promise<void>;
  get(conversationId: string): Promise<ConversationRef | undefined>;
  channelsOfTeam(teamId: string): Promise<ConversationRef[]>;
  /** The user's most recently updated personal chat that is not gone. */
  personalChatOf(aadObjectId: string): Promise<ConversationRef | undefined>;
  markGone(conversationId: string, now: Date): Promise<void>;
  /** Writes lazy upserts still queued (the SQLite store); before the database closes. */
  flush?(): void;
}

const MIGRATIONS = [
  `CREATE TABLE conversations (
     conversation_id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     service_url TEXT NOT NULL,
     tenant_id TEXT,
     team_id TEXT,
     team_name TEXT,
     channel_name TEXT,
     user_aad_object_id TEXT,
     gone_at TEXT,
     updated_at TEXT NOT NULL);
   CREATE INDEX conversations_team ON conversations(team_id);
   CREATE INDEX conversations_user ON conversations(user_aad_object_id);`,
  `ALTER TABLE conversations ADD COLUMN user_id TEXT;`,
];

type Row = {
  conversation_id: string; kind: ConversationRef['kind']; service_url: string; tenant_id: string | null;
  team_id: string | null; team_name: string | null; channel_name: string | null;
  user_aad_object_id: string | null; user_id: string | null; gone_at: string | null;
};

function fromRow(r: Row): ConversationRef {
  const ref: ConversationRef = { conversationId: r.conversation_id, kind: r.kind, serviceUrl: r.service_url };
  if (r.tenant_id) ref.tenantId = r.tenant_id;
  if (r.team_id) ref.teamId = r.team_id;
  if (r.team_name) ref.teamName = r.team_name;
  if (r.channel_name) ref.channelName = r.channel_name;
  if (r.user_aad_object_id) ref.userAadObjectId = r.user_aad_object_id;
  if (r.user_id) ref.userId = r.user_id;
  if (r.gone_at) ref.goneAt = r.gone_at;
  return ref;
}

/** A string column value, or null: anything else from an activity is not a name or an id. */
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * How long new references from messages wait to be written together. Fewer, larger commits
 * mean fewer WAL checkpoints, which stall every turn in flight for milliseconds.
 */
const LAZY_WRITE_DELAY_MS = 100;

/** How long an unchanged reference goes without a write; `updated_at` orders a user's personal chats. */
const REWRITE_AFTER_MS = 60 * 60 * 1000;

/**
 * Conversation references in SQLite. Installs and subscriptions write at once. Every message
 * also upserts its reference, lazily, to keep the turn cheap: an unchanged reference is not
 * written again (the last one written per conversation is remembered; a change or an hour's age
 * writes), and new ones are queued and written together in one transaction within 100 ms, off
 * the turns' reply path. Every read first writes what is queued; so does the service's stop.
 */
export class SqliteConversationStore implements ConversationStore {
  private readonly written = new Map<string, { key: string; at: number }>();
  private readonly queued = new Map<string, Record<string, string | null>>();
  private flushScheduled = false;
  private readonly statements;

  constructor(private readonly db: Db) {
    applyMigrations(db, 'conversations', MIGRATIONS);
    this.statements = {
      upsert: db.prepare(
        `INSERT INTO conversations (conversation_id, kind, service_url, tenant_id, team_id, team_name, channel_name, user_aad_object_id, user_id, gone_at, updated_at)
         VALUES (@conversationId, @kind, @serviceUrl, @tenantId, @teamId, @teamName, @channelName, @userAadObjectId, @userId, NULL, @now)
         ON CONFLICT(conversation_id) DO UPDATE SET kind = excluded.kind, service_url = excluded.service_url,
           tenant_id = COALESCE(excluded.tenant_id, tenant_id), team_id = COALESCE(excluded.team_id, team_id),
           team_name = COALESCE(excluded.team_name, team_name), channel_name = COALESCE(excluded.channel_name, channel_name),
           user_aad_object_id = COALESCE(excluded.user_aad_object_id, user_aad_object_id),
           user_id = COALESCE(excluded.user_id, user_id), gone_at = NULL, updated_at = excluded.updated_at`,
      ),
      get: db.prepare('SELECT * FROM conversations WHERE conversation_id = ?'),
      channelsOfTeam: db.prepare("SELECT * FROM conversations WHERE team_id = ? AND kind = 'channel' ORDER BY channel_name"),
      personalChatOf: db.prepare(
        "SELECT * FROM conversations WHERE user_aad_object_id = ? AND kind = 'personal' AND gone_at IS NULL ORDER BY updated_at DESC LIMIT 1",
      ),
      markGone: db.prepare('UPDATE conversations SET gone_at = ? WHERE conversation_id = ?'),
    };
  }

  async upsert(ref: ConversationRef, now: Date, options: { lazy?: boolean } = {}): Promise<void> {
    const key = JSON.stringify([ref.kind, ref.serviceUrl, ref.tenantId, ref.teamId, ref.teamName, ref.channelName, ref.userAadObjectId, ref.userId]);
    const last = this.written.get(ref.conversationId);
    if (options.lazy && last && last.key === key && now.getTime() - last.at < REWRITE_AFTER_MS) return;
    const row = {
      conversationId: ref.conversationId, kind: ref.kind, serviceUrl: ref.serviceUrl,
      tenantId: text(ref.tenantId), teamId: text(ref.teamId), teamName: text(ref.teamName),
      channelName: text(ref.channelName), userAadObjectId: text(ref.userAadObjectId), userId: text(ref.userId),
      now: now.toISOString(),
    };
    if (this.written.size >= 10_000) this.written.delete(this.written.keys().next().value as string);
    this.written.set(ref.conversationId, { key, at: now.getTime() });
    if (!options.lazy) {
      this.flush();
      // A renewed install revives a conversation that was marked gone.
      this.statements.upsert.run(row);
      return;
    }
    const earlier = this.queued.get(ref.conversationId);
    // Two queued upserts of one conversation merge as the SQL does: a field one lacks is kept.
    this.queued.set(ref.conversationId, earlier ? { ...row, ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? earlier[k] ?? null])) } : row);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Best effort, after the turn: a failure here must never become an uncaught exception.
      const timer = setTimeout(() => {
        try {
          this.flush();
        } catch {
          /* the next message from each of these conversations queues it again */
        }
      }, LAZY_WRITE_DELAY_MS);
      timer.unref();
    }
  }

  /** Writes the queued upserts in one transaction; the service calls it before closing the database. */
  flush(): void {
    this.flushScheduled = false;
    if (this.queued.size === 0 || !this.db.open) return;
    const rows = [...this.queued.values()];
    this.queued.clear();
    // A reference written by a message is also written by the next one, so this commit skips
    // its own WAL sync (about 0.25 ms, and it blocks every turn in flight); the next commit with
    // the default synchronous=FULL, such as any decision, syncs it along with its own.
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(() => rows.forEach((r) => this.statements.upsert.run(r)))();
    } catch (err) {
      // Not remembered as written: the conversations' next messages queue them again.
      for (const r of rows) this.written.delete(String(r.conversationId));
      throw err;
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  async get(conversationId: string): Promise<ConversationRef | undefined> {
    this.flush();
    const row = this.statements.get.get(conversationId) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async channelsOfTeam(teamId: string): Promise<ConversationRef[]> {
    this.flush();
    return (this.statements.channelsOfTeam.all(teamId) as Row[]).map(fromRow);
  }

  async personalChatOf(aadObjectId: string): Promise<ConversationRef | undefined> {
    this.flush();
    const row = this.statements.personalChatOf.get(aadObjectId) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async markGone(conversationId: string, now: Date): Promise<void> {
    this.flush();
    this.statements.markGone.run(now.toISOString(), conversationId);
    // The next message from there is proof it is back: it must be written, not skipped.
    this.written.delete(conversationId);
  }
}
