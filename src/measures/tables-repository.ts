import type { Measure, Plan } from '../plan/types';
import { maskDeep } from '../common/mask';
import { getRow, insertOnce, isStatus, query, tableKey, type TableStorage } from '../storage/tables';
import { isAlreadyApplied, withChange } from './sqlite-repository';
import {
  RepositoryUnavailableError, type AppendResult, type MeasureRepository, type StatusChange, type StatusLogEntry, type VersionedMeasure, type WriteResult,
} from './types';

const MEASURE = 'measure';
const LOG = 'statuslog';

/**
 * Measures and their status log in Azure Table Storage, for several instances without a
 * SharePoint list. The version is the row's eTag, so a status write is conditional exactly as
 * it is against SharePoint; the status log is keyed by decision id, so a retried append is a 409.
 */
export class TablesMeasureRepository implements MeasureRepository {
  constructor(private readonly storage: TableStorage) {}

  private get client() {
    return this.storage.table('Measures');
  }

  /** Inserts the plan's measures that are missing; never touches the status of existing ones. */
  async seedFromPlan(plan: Pick<Plan, 'measures'>): Promise<number> {
    let added = 0;
    for (const [i, m] of plan.measures.entries()) {
      if ((await insertOnce(this.client, { partitionKey: MEASURE, rowKey: tableKey(m.id), position: i, data: JSON.stringify(m) })) !== false) added++;
    }
    return added;
  }

  async list(): Promise<Measure[]> {
    const rows = await this.read(() => query(this.client, `PartitionKey eq '${MEASURE}'`));
    return rows
      .sort((a, b) => Number(a.position) - Number(b.position) || String(a.rowKey).localeCompare(String(b.rowKey)))
      .map((r) => JSON.parse(String(r.data)) as Measure);
  }

  async get(measureId: string): Promise<VersionedMeasure | undefined> {
    const row = await this.read(() => getRow(this.client, MEASURE, tableKey(measureId)));
    return row ? { measure: JSON.parse(String(row.data)) as Measure, version: row.etag } : undefined;
  }

  async applyStatus(measureId: string, change: StatusChange, expectedVersion: string): Promise<WriteResult> {
    try {
      // An eTag race with another writer re-reads and decides again; a few rounds settle it.
      for (let round = 0; round < 5; round++) {
        const current = await this.get(measureId);
        if (!current) return { kind: 'failed', error: `measure ${measureId} not found`, transient: false, status: 404 };
        if (isAlreadyApplied(current.measure, change)) return { kind: 'written', version: current.version };
        if (current.version !== expectedVersion && current.measure.status !== change.fromStatus) return { kind: 'conflict', current: current.measure };
        try {
          const res = await this.client.updateEntity(
            { partitionKey: MEASURE, rowKey: tableKey(measureId), data: JSON.stringify(withChange(current.measure, change)) },
            'Merge', { etag: current.version },
          );
          return { kind: 'written', version: res.etag ?? '' };
        } catch (err) {
          if (!isStatus(err, 412)) throw err;
        }
      }
      return { kind: 'failed', error: 'the measure kept changing', transient: true };
    } catch (err) {
      return { kind: 'failed', error: err instanceof Error ? err.message : String(err), transient: true };
    }
  }

  async appendStatusLog(entry: StatusLogEntry): Promise<AppendResult> {
    try {
      const at = String(Date.now()).padStart(15, '0');
      const created = await insertOnce(this.client, { partitionKey: LOG, rowKey: tableKey(entry.decisionId), at, data: JSON.stringify(maskDeep(entry)) });
      return created === false ? { kind: 'duplicate' } : { kind: 'appended' };
    } catch (err) {
      return { kind: 'failed', error: err instanceof Error ? err.message : String(err), transient: true };
    }
  }

  async listStatusLog(): Promise<StatusLogEntry[]> {
    const rows = await this.read(() => query(this.client, `PartitionKey eq '${LOG}'`));
    return rows
      .sort((a, b) => String(a.at).localeCompare(String(b.at)) || String(a.rowKey).localeCompare(String(b.rowKey)))
      .map((r) => JSON.parse(String(r.data)) as StatusLogEntry);
  }

  private async read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw new RepositoryUnavailableError(`Table Storage could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
