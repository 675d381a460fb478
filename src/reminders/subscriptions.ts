import type { Db } from '../storage/database';
import { applyMigrations } from '../storage/database';

/** A channel that receives the reminders of one audience. */
export interface Subscription {
  conversationId: string;
  audience: string;
  /** The Oslo date it was made; reminders dated before it are not posted there. */
  since: string;
  createdBy: string;
  goneAt?: string;
}

const MIGRATIONS = [
  `CREATE TABLE reminder_subscriptions (
     conversation_id TEXT NOT NULL, audience TEXT NOT NULL, since TEXT NOT NULL, created_by TEXT NOT NULL,
     created_at TEXT NOT NULL, gone_at TEXT,
     PRIMARY KEY (conversation_id, audience));
   CREATE INDEX reminder_subscriptions_audience ON reminder_subscriptions(audience);`,
];

type Row = { conversation_id: string; audience: string; since: string; created_by: string; gone_at: string | null };

const fromRow = (r: Row): Subscription => ({
  conversationId: r.conversation_id, audience: r.audience, since: r.since, createdBy: r.created_by, ...(r.gone_at ? { goneAt: r.gone_at } : {}),
});

/**
 * Which channels subscribe to which audiences; the channel's reference lives in ConversationStore.
 * Adapters: SQLite (below) and Azure Table Storage (tables-subscriptions.ts).
 */
export interface SubscriptionStore {
  /** 'added', or 'exists' when already active. A gone subscription is revived as new. */
  subscribe(conversationId: string, audience: string, by: string, since: string, now: Date): Promise<'added' | 'exists'>;
  unsubscribe(conversationId: string, audience: string): Promise<boolean>;
  get(conversationId: string, audience: string): Promise<Subscription | undefined>;
  /** A channel's active subscriptions, by audience. */
  ofChannel(conversationId: string): Promise<Subscription[]>;
  /** Active subscriptions of an audience, ordered by conversation id. */
  forAudience(audience: string): Promise<Subscription[]>;
  /** Marks every subscription of a channel gone; true if any was active (tell coordinators once). */
  markGone(conversationId: string, now: Date): Promise<boolean>;
}

export class SqliteSubscriptionStore implements SubscriptionStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'reminders-subscriptions', MIGRATIONS);
  }

  async subscribe(conversationId: string, audience: string, by: string, since: string, now: Date): Promise<'added' | 'exists'> {
    const existing = await this.get(conversationId, audience);
    if (existing && !existing.goneAt) return 'exists';
    this.db
      .prepare(`INSERT INTO reminder_subscriptions (conversation_id, audience, since, created_by, created_at, gone_at)
                VALUES (?, ?, ?, ?, ?, NULL)
                ON CONFLICT(conversation_id, audience) DO UPDATE SET since = excluded.since, created_by = excluded.created_by,
                  created_at = excluded.created_at, gone_at = NULL`)
      .run(conversationId, audience, since, by, now.toISOString());
    return 'added';
  }

  async unsubscribe(conversationId: string, audience: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM reminder_subscriptions WHERE conversation_id = ? AND audience = ?').run(conversationId, audience).changes > 0;
  }

  async get(conversationId: string, audience: string): Promise<Subscription | undefined> {
    const r = this.db.prepare('SELECT * FROM reminder_subscriptions WHERE conversation_id = ? AND audience = ?').get(conversationId, audience) as Row | undefined;
    return r && fromRow(r);
  }

  async ofChannel(conversationId: string): Promise<Subscription[]> {
    const rows = this.db
      .prepare('SELECT * FROM reminder_subscriptions WHERE conversation_id = ? AND gone_at IS NULL ORDER BY audience')
      .all(conversationId) as Row[];
    return rows.map(fromRow);
  }

  async forAudience(audience: string): Promise<Subscription[]> {
    const rows = this.db
      .prepare('SELECT * FROM reminder_subscriptions WHERE audience = ? AND gone_at IS NULL ORDER BY conversation_id')
      .all(audience) as Row[];
    return rows.map(fromRow);
  }

  async markGone(conversationId: string, now: Date): Promise<boolean> {
    return this.db
      .prepare('UPDATE reminder_subscriptions SET gone_at = ? WHERE conversation_id = ? AND gone_at IS NULL')
      .run(now.toISOString(), conversationId).changes > 0;
  }
}
