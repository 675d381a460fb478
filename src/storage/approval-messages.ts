import type { Db } from './database';
import { applyMigrations } from './database';

/** Where each copy of an approval card was posted (one chat may hold several), so every copy can show the outcome. */
export interface ApprovalMessage {
  proposalId: string;
  conversationId: string;
  activityId: string;
}

/** The approval card ids of each proposal. Adapters: SQLite (below), Azure Table Storage (tables-small-stores.ts). */
export interface ApprovalMessageStore {
  /** Records a copy; a conversation may hold several ("forslag" posts more), each kept once. */
  add(m: ApprovalMessage): Promise<void>;
  forProposal(proposalId: string): Promise<ApprovalMessage[]>;
}

const MIGRATIONS = [
  `CREATE TABLE approval_messages (
     proposal_id TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     activity_id TEXT NOT NULL,
     PRIMARY KEY (proposal_id, conversation_id))`,
  // "forslag" posts more copies into a chat that already has one: every copy is kept.
  `CREATE TABLE approval_messages_v2 (
     proposal_id TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     activity_id TEXT NOT NULL,
     PRIMARY KEY (proposal_id, conversation_id, activity_id));
   INSERT INTO approval_messages_v2 SELECT proposal_id, conversation_id, activity_id FROM approval_messages;
   DROP TABLE approval_messages;
   ALTER TABLE approval_messages_v2 RENAME TO approval_messages;`,
];

export class SqliteApprovalMessageStore implements ApprovalMessageStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'approval-messages', MIGRATIONS);
  }

  async add(m: ApprovalMessage): Promise<void> {
    this.db
      .prepare('INSERT OR IGNORE INTO approval_messages (proposal_id, conversation_id, activity_id) VALUES (?, ?, ?)')
      .run(m.proposalId, m.conversationId, m.activityId);
  }

  async forProposal(proposalId: string): Promise<ApprovalMessage[]> {
    const rows = this.db
      .prepare('SELECT proposal_id, conversation_id, activity_id FROM approval_messages WHERE proposal_id = ? ORDER BY conversation_id, activity_id')
      .all(proposalId) as Array<{ proposal_id: string; conversation_id: string; activity_id: string }>;
    return rows.map((r) => ({ proposalId: r.proposal_id, conversationId: r.conversation_id, activityId: r.activity_id }));
  }
}
