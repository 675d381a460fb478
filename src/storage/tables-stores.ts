import { randomUUID } from 'node:crypto';
import type { ApprovalMessage, ApprovalMessageStore } from './approval-messages';
import type { AnswerFeedback, FeedbackStore } from './feedback-store';
import type { OnceStore } from './once';
import type { ProblemCardRecord, ProblemCardStore, VersionedProblemCard } from './problem-cards';
import { fromTableKey, getRow, insertOnce, odataString, query, tableKey, updateIf, type TableStorage } from './tables';

/** A key part that can never contain the '|' between conversation and activity. */
const keyPart = (value: string) => tableKey(value).replace(/\|/g, '%7C');

/**
 * Approval card ids in Azure Table Storage: PartitionKey = proposal, RowKey = conversation|activity,
 * so a chat keeps every copy ("forslag" posts more). Rows written before hold the conversation only.
 */
export class TablesApprovalMessageStore implements ApprovalMessageStore {
  constructor(private readonly storage: TableStorage) {}

  async add(m: ApprovalMessage): Promise<void> {
    await this.storage.table('ApprovalMessages').upsertEntity(
      { partitionKey: tableKey(m.proposalId), rowKey: `${keyPart(m.conversationId)}|${keyPart(m.activityId)}`, conversationId: m.conversationId, activityId: m.activityId },
      'Replace',
    );
  }

  async forProposal(proposalId: string): Promise<ApprovalMessage[]> {
    const rows = await query(this.storage.table('ApprovalMessages'), `PartitionKey eq ${odataString(tableKey(proposalId))}`);
    return rows.map((r) => ({
      proposalId,
      conversationId: typeof r.conversationId === 'string' ? r.conversationId : fromTableKey(r.rowKey as string),
      activityId: String(r.activityId),
    }));
  }
}

/** Answer feedback in Azure Table Storage: one partition, a time-ordered RowKey per vote. */
export class TablesFeedbackStore implements FeedbackStore {
  constructor(private readonly storage: TableStorage) {}

  async record(feedback: AnswerFeedback, now: Date): Promise<void> {
    await this.storage.table('Feedback').createEntity({
      partitionKey: 'feedback', rowKey: `${now.toISOString()}|${randomUUID()}`,
      verdict: feedback.verdict, questionHash: feedback.questionHash, passageIds: JSON.stringify(feedback.passageIds), createdAt: now.toISOString(),
    });
  }

  async counts(): Promise<{ up: number; down: number }> {
    const rows = await query(this.storage.table('Feedback'), "PartitionKey eq 'feedback'");
    return { up: rows.filter((r) => r.verdict === 'up').length, down: rows.filter((r) => r.verdict === 'down').length };
  }
}

/** Plan-problem notices in Azure Table Storage: one row per coordinator (per chat before); the version is the eTag. */
export class TablesProblemCardStore implements ProblemCardStore {
  constructor(private readonly storage: TableStorage) {}

  async get(key: string): Promise<VersionedProblemCard | undefined> {
    const r = await getRow(this.storage.table('ProblemCards'), tableKey(key), 'card');
    // Rows from before the key was the coordinator: the key is the chat.
    const conversationId = typeof r?.conversationId === 'string' ? r.conversationId : key;
    return r && {
      record: { conversationId, activityId: String(r.activityId), keys: JSON.parse(String(r.keys)) as string[], updatedAt: String(r.updatedAt) },
      version: r.etag,
    };
  }

  async put(key: string, record: ProblemCardRecord, expected: string | undefined): Promise<string | undefined> {
    const entity = {
      partitionKey: tableKey(key), rowKey: 'card', conversationId: record.conversationId, activityId: record.activityId, keys: JSON.stringify(record.keys), updatedAt: record.updatedAt,
    };
    const table = this.storage.table('ProblemCards');
    const etag = expected === undefined ? await insertOnce(table, entity) : await updateIf(table, entity, expected);
    return etag === false ? undefined : etag;
  }
}

/** Once-keys in Azure Table Storage: the conditional insert (409 when it exists) decides. */
export class TablesOnceStore implements OnceStore {
  constructor(private readonly storage: TableStorage) {}

  async first(key: string, now: Date): Promise<boolean> {
    return (await insertOnce(this.storage.table('Once'), { partitionKey: 'once', rowKey: tableKey(key), at: now.toISOString() })) !== false;
  }
}
