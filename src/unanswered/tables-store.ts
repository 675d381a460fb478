import { getRow, insertOnce, isStatus, odataString, query, updateIf, type Row, type TableStorage } from '../storage/tables';
import { byCountThenRecent, type UnansweredEntry, type UnansweredGroup, type UnansweredStore } from './types';

/** One partition: a municipality has hundreds of groups, not millions. */
const PARTITION = 'group';
/** Two instances counting the same group retry on the eTag; this many rounds is far beyond any race seen. */
const MAX_ATTEMPTS = 20;

const fromRow = (r: Row): UnansweredGroup => ({
  id: String(r.rowKey), text: String(r.text), reason: r.reason as UnansweredGroup['reason'], label: r.label as UnansweredGroup['label'],
  answerLine: String(r.answerLine ?? ''), count: Number(r.count), firstSeen: String(r.firstSeen), lastSeen: String(r.lastSeen),
});

/**
 * Unanswered questions in Azure Table Storage: PartitionKey 'group', RowKey the group id (a hash).
 * A new group is a conditional insert and every later occurrence an eTag-conditional update, so
 * instances counting at once never lose a count.
 */
export class TablesUnansweredStore implements UnansweredStore {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Unanswered');
  }

  async record(e: UnansweredEntry, now: Date): Promise<void> {
    const at = now.toISOString();
    const fields = { partitionKey: PARTITION, rowKey: e.id, text: e.text, reason: e.reason, label: e.label, answerLine: e.answerLine };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await getRow(this.table, PARTITION, e.id);
      if (!row) {
        if ((await insertOnce(this.table, { ...fields, count: 1, firstSeen: at, lastSeen: at })) !== false) return;
        continue;
      }
      // Occurrences from two instances may arrive out of order: the first sighting only moves back.
      const firstSeen = String(row.firstSeen) < at ? String(row.firstSeen) : at;
      const lastSeen = String(row.lastSeen) > at ? String(row.lastSeen) : at;
      // false: another instance changed it (412) or retention deleted it (404); read again.
      if ((await updateIf(this.table, { ...fields, count: Number(row.count) + 1, firstSeen, lastSeen }, row.etag)) !== false) return;
    }
    throw new Error(`could not count an unanswered question after ${MAX_ATTEMPTS} attempts`);
  }

  async list(since: Date): Promise<UnansweredGroup[]> {
    const rows = await query(this.table, `PartitionKey eq '${PARTITION}' and lastSeen ge ${odataString(since.toISOString())}`);
    return rows.map(fromRow).sort(byCountThenRecent);
  }

  async firstSeenBetween(from: Date, to: Date): Promise<UnansweredGroup[]> {
    const rows = await query(this.table, `PartitionKey eq '${PARTITION}' and firstSeen ge ${odataString(from.toISOString())} and firstSeen lt ${odataString(to.toISOString())}`);
    return rows.map(fromRow).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
  }

  async purge(cutoff: Date): Promise<number> {
    const rows = await query(this.table, `PartitionKey eq '${PARTITION}' and lastSeen lt ${odataString(cutoff.toISOString())}`);
    let deleted = 0;
    for (const r of rows) {
      try {
        // Only as read: a group asked again meanwhile (new eTag) is kept.
        await this.table.deleteEntity(PARTITION, String(r.rowKey), { etag: r.etag });
        deleted++;
      } catch (err) {
        if (!isStatus(err, 404) && !isStatus(err, 412)) throw err;
      }
    }
    return deleted;
  }
}
