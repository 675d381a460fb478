import { fromTableKey, getRow, odataString, query, str, tableKey, updateIf, type Row, type TableStorage } from '../storage/tables';
import type { Subscription, SubscriptionStore } from './subscriptions';

const fromRow = (r: Row): Subscription => {
  const gone = str(r, 'goneAt');
  return {
    conversationId: fromTableKey(r.rowKey as string), audience: fromTableKey(r.partitionKey as string),
    since: String(r.since), createdBy: String(r.createdBy), ...(gone ? { goneAt: gone } : {}),
  };
};

/**
 * Subscriptions in Azure Table Storage. PartitionKey = audience, RowKey = channel: the
 * dispatcher's every-minute read of an audience is one partition query.
 */
export class TablesSubscriptionStore implements SubscriptionStore {
  constructor(private readonly storage: TableStorage) {}

  private get client() {
    return this.storage.table('Subscriptions');
  }

  async subscribe(conversationId: string, audience: string, by: string, since: string, now: Date): Promise<'added' | 'exists'> {
    const existing = await this.get(conversationId, audience);
    if (existing && !existing.goneAt) return 'exists';
    await this.client.upsertEntity(
      { partitionKey: tableKey(audience), rowKey: tableKey(conversationId), since, createdBy: by, createdAt: now.toISOString(), goneAt: '' },
      'Replace',
    );
    return 'added';
  }

  async unsubscribe(conversationId: string, audience: string): Promise<boolean> {
    if (!(await this.get(conversationId, audience))) return false;
    await this.client.deleteEntity(tableKey(audience), tableKey(conversationId)).catch(() => undefined);
    return true;
  }

  async get(conversationId: string, audience: string): Promise<Subscription | undefined> {
    const row = await getRow(this.client, tableKey(audience), tableKey(conversationId));
    return row && fromRow(row);
  }

  async ofChannel(conversationId: string): Promise<Subscription[]> {
    return (await this.allOf(conversationId)).filter((s) => !s.goneAt).sort((a, b) => (a.audience < b.audience ? -1 : 1));
  }

  async forAudience(audience: string): Promise<Subscription[]> {
    const rows = await query(this.client, `PartitionKey eq ${odataString(tableKey(audience))} and goneAt eq ''`);
    // RowKeys come back in key order; escaping keeps the order of plain ids.
    return rows.map(fromRow);
  }

  async markGone(conversationId: string, now: Date): Promise<boolean> {
    // Conditional on the eTag, in one order: when two instances see the channel gone, the one
    // that loses the first row leaves the rest to the winner, so the coordinators are told once.
    const active = (await this.rowsOf(conversationId)).filter((x) => !str(x, 'goneAt'));
    active.sort((x, y) => (String(x.partitionKey) < String(y.partitionKey) ? -1 : 1));
    for (const r of active) {
      if (!(await updateIf(this.client, { partitionKey: r.partitionKey as string, rowKey: r.rowKey as string, goneAt: now.toISOString() }, r.etag))) return false;
    }
    return active.length > 0;
  }

  private async allOf(conversationId: string): Promise<Subscription[]> {
    return (await this.rowsOf(conversationId)).map(fromRow);
  }

  private rowsOf(conversationId: string): Promise<Row[]> {
    return query(this.client, `RowKey eq ${odataString(tableKey(conversationId))}`);
  }
}
