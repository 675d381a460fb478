import type { ConversationRef, ConversationStore } from './conversation-store';
import { getRow, odataString, query, str, tableKey, type Row, type TableStorage } from './tables';

const REF = 'ref';
const PERSONAL = 'personal';

const FIELDS = ['tenantId', 'teamId', 'teamName', 'channelName', 'userAadObjectId', 'userId'] as const;

function fromRow(r: Row): ConversationRef {
  const ref: ConversationRef = { conversationId: String(r.conversationId), kind: r.kind as ConversationRef['kind'], serviceUrl: String(r.serviceUrl) };
  for (const f of FIELDS) {
    const v = str(r, f);
    if (v) ref[f] = v;
  }
  const gone = str(r, 'goneAt');
  if (gone) ref.goneAt = gone;
  return ref;
}

/**
 * Conversation references in Azure Table Storage: one row per conversation (PartitionKey = the
 * conversation id), and for personal chats an index row per user (PartitionKey = the user's
 * object id, RowKey 'personal'), so finding a coordinator's chat is two point reads, not a scan.
 */
export class TablesConversationStore implements ConversationStore {
  constructor(private readonly storage: TableStorage) {}

  private get client() {
    return this.storage.table('Conversations');
  }

  async upsert(ref: ConversationRef, now: Date): Promise<void> {
    // Merge keeps stored fields the new reference lacks (the SQLite adapter's COALESCE); goneAt '' revives.
    const entity: Record<string, unknown> & { partitionKey: string; rowKey: string } = {
      partitionKey: tableKey(ref.conversationId), rowKey: REF,
      conversationId: ref.conversationId, kind: ref.kind, serviceUrl: ref.serviceUrl, goneAt: '', updatedAt: now.toISOString(),
    };
    for (const f of FIELDS) if (ref[f]) entity[f] = ref[f];
    await this.client.upsertEntity(entity, 'Merge');
    if (ref.kind === 'personal' && ref.userAadObjectId) {
      await this.client.upsertEntity({ partitionKey: tableKey(ref.userAadObjectId), rowKey: PERSONAL, conversationId: ref.conversationId }, 'Replace');
    }
  }

  async get(conversationId: string): Promise<ConversationRef | undefined> {
    const row = await getRow(this.client, tableKey(conversationId), REF);
    return row ? fromRow(row) : undefined;
  }

  async channelsOfTeam(teamId: string): Promise<ConversationRef[]> {
    const rows = await query(this.client, `RowKey eq '${REF}' and teamId eq ${odataString(teamId)} and kind eq 'channel'`);
    const name = (r: ConversationRef) => r.channelName ?? '';
    return rows.map(fromRow).sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  }

  async personalChatOf(aadObjectId: string): Promise<ConversationRef | undefined> {
    const index = await getRow(this.client, tableKey(aadObjectId), PERSONAL);
    const id = index && str(index, 'conversationId');
    const ref = id ? await this.get(id) : undefined;
    return ref && !ref.goneAt ? ref : undefined;
  }

  async markGone(conversationId: string, now: Date): Promise<void> {
    const row = await getRow(this.client, tableKey(conversationId), REF);
    if (!row) return;
    await this.client.updateEntity({ partitionKey: row.partitionKey as string, rowKey: REF, goneAt: now.toISOString() }, 'Merge', { etag: '*' });
  }
}
