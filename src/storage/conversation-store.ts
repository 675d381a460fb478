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
  /** Inserts or updates; fields the new reference lacks keep their stored value. Revives a gone conversation. */
  upsert(ref: ConversationRef, now: Date): Promise<void>;
  get(conversationId: string): Promise<ConversationRef | undefined>;
  channelsOfTeam(teamId: string): Promise<ConversationRef[]>;
  /** The user's most recently updated personal chat that is not gone. */
  personalChatOf(aadObjectId: string): Promise<ConversationRef | undefined>;
  markGone(conversationId: string, now: Date): Promise<void>;
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

export class SqliteConversationStore implements ConversationStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'conversations', MIGRATIONS);
  }

  async upsert(ref: ConversationRef, now: Date): Promise<void> {
    // A renewed install revives a conversation that was marked gone.
    this.db
      .prepare(
        `INSERT INTO conversations (conversation_id, kind, service_url, tenant_id, team_id, team_name, channel_name, user_aad_object_id, user_id, gone_at, updated_at)
         VALUES (@conversationId, @kind, @serviceUrl, @tenantId, @teamId, @teamName, @channelName, @userAadObjectId, @userId, NULL, @now)
         ON CONFLICT(conversation_id) DO UPDATE SET kind = excluded.kind, service_url = excluded.service_url,
           tenant_id = COALESCE(excluded.tenant_id, tenant_id), team_id = COALESCE(excluded.team_id, team_id),
           team_name = COALESCE(excluded.team_name, team_name), channel_name = COALESCE(excluded.channel_name, channel_name),
           user_aad_object_id = COALESCE(excluded.user_aad_object_id, user_aad_object_id),
           user_id = COALESCE(excluded.user_id, user_id), gone_at = NULL, updated_at = excluded.updated_at`,
      )
      .run({
        conversationId: ref.conversationId, kind: ref.kind, serviceUrl: ref.serviceUrl,
        tenantId: ref.tenantId ?? null, teamId: ref.teamId ?? null, teamName: ref.teamName ?? null,
        channelName: ref.channelName ?? null, userAadObjectId: ref.userAadObjectId ?? null, userId: ref.userId ?? null,
        now: now.toISOString(),
      });
  }

  async get(conversationId: string): Promise<ConversationRef | undefined> {
    const row = this.db.prepare('SELECT * FROM conversations WHERE conversation_id = ?').get(conversationId) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async channelsOfTeam(teamId: string): Promise<ConversationRef[]> {
    const rows = this.db
      .prepare("SELECT * FROM conversations WHERE team_id = ? AND kind = 'channel' ORDER BY channel_name")
      .all(teamId) as Row[];
    return rows.map(fromRow);
  }

  async personalChatOf(aadObjectId: string): Promise<ConversationRef | undefined> {
    const row = this.db
      .prepare("SELECT * FROM conversations WHERE user_aad_object_id = ? AND kind = 'personal' AND gone_at IS NULL ORDER BY updated_at DESC LIMIT 1")
      .get(aadObjectId) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async markGone(conversationId: string, now: Date): Promise<void> {
    this.db.prepare('UPDATE conversations SET gone_at = ? WHERE conversation_id = ?').run(now.toISOString(), conversationId);
  }
}
