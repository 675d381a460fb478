import type { Db } from './database';
import { applyMigrations } from './database';

/** Where each copy of an approval card was posted, so every copy can show the outcome. */
export interface ApprovalMessage {
  proposalId: string;
  conversationId: string;
  activityId: string;
}

/** The approval card ids of each proposal. Adapters: SQLite (below), Azure Table Storage (tables-small-stores.ts). */
export interface ApprovalMessageStore {
  /** Records (or replaces) the copy in one conversation. */
  add(m: ApprovalMessage): Promise<void>;
  forProposal(proposalId: string): Promise<ApprovalMessage[]>;
}

const MIGRATIONS = [
  `CREATE TABLE approval_messages (
     proposal_id TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     activity_id TEXT NOT NULL,
     PRIMARY KEY (proposal_id, conversation_id))`,
];

export class SqliteApprovalMessageStore implements ApprovalMessageStore {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'approval-messages', MIGRATIONS);
  }

  async add(m: ApprovalMessage): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO approval_messages (proposal_id, conversation_id, activity_id) VALUES (?, ?, ?)')
      .run(m.proposalId, m.conversationId, m.activityId);
  }

  async forProposal(proposalId: string): Promise<ApprovalMessage[]> {
    const rows = this.db
      .prepare('SELECT proposal_id, conversation_id, activity_id FROM approval_messages WHERE proposal_id = ? ORDER BY conversation_id')
      .all(proposalId) as Array<{ proposal_id: string; conversation_id: string; activity_id: string }>;
    return rows.map((r) => ({ proposalId: r.proposal_id, conversationId: r.conversation_id, activityId: r.activity_id }));
  }
}
