import type { Measure } from '../plan/types';
import { isAlreadyApplied } from '../measures/sqlite-repository';
import {
  RepositoryUnavailableError, type AppendResult, type MeasureRepository, type StatusChange,
  type StatusLogEntry, type VersionedMeasure, type WriteResult,
} from '../measures/types';
import { MEASURES_LIST, STATUS_LOG_LIST } from './columns';
import type { GraphConnection } from './graph-client';
import { eqFilter, ListClient, type ListItem } from './list-client';
import { changeToFields, fieldsToLog, fieldsToMeasure, logToFields } from './mapping';
import { retryPolicy, type Attempt, type GraphFailure, type RetryPolicy } from './retry';

/** Where the lists live and how hard to try. */
export interface SharePointRepositoryOptions {
  siteId: string;
  /** Display names; default 'Measures' and 'StatusLog' (SHAREPOINT_MEASURES_LIST overrides the first). */
  measuresList?: string;
  statusLogList?: string;
  retry?: Partial<RetryPolicy>;
  pageSize?: number;
}

/** How many times a 412 with an unchanged status is retried with the fresh eTag. */
const MAX_PRECONDITION_ROUNDS = 3;

/** Measures in a SharePoint list through Graph: conditional writes with If-Match, paged reads. */
export class SharePointMeasureRepository implements MeasureRepository {
  private readonly lists: ListClient;
  private readonly measuresList: string;
  private readonly statusLogList: string;
  /** MeasureId → list item id; item ids never change, so a write needs no lookup first. */
  private readonly itemIds = new Map<string, string>();

  constructor(graph: GraphConnection, options: SharePointRepositoryOptions) {
    if (!options.siteId) throw new RangeError('SharePointMeasureRepository needs a siteId (SHAREPOINT_SITE_ID).');
    this.lists = new ListClient(graph, options.siteId, retryPolicy(options.retry), options.pageSize);
    this.measuresList = options.measuresList ?? MEASURES_LIST.displayName;
    this.statusLogList = options.statusLogList ?? STATUS_LOG_LIST.displayName;
  }

  async list(): Promise<Measure[]> {
    const items = read(await this.lists.items(await this.listId(this.measuresList)));
    return items.map((i) => this.remember(fieldsToMeasure(i.fields), i));
  }

  async get(measureId: string): Promise<VersionedMeasure | undefined> {
    const item = await this.findItem(measureId);
    return item ? { measure: fieldsToMeasure(item.fields), version: item.eTag } : undefined;
  }

  async applyStatus(measureId: string, change: StatusChange, expectedVersion: string): Promise<WriteResult> {
    try {
      const listId = await this.listId(this.measuresList);
      const itemId = this.itemIds.get(measureId) ?? (await this.findItem(measureId))?.id;
      if (!itemId) return { kind: 'failed', error: `measure ${measureId} not found in SharePoint`, transient: false };
      let eTag = expectedVersion;
      for (let round = 0; round < MAX_PRECONDITION_ROUNDS; round++) {
        const r = await this.lists.patchFields(listId, itemId, changeToFields(change), eTag);
        if (r.ok) return { kind: 'written', version: r.value };
        if (r.failure.status !== 412) return writeFailure(r.failure);
        // Someone wrote the item since we read it: apply only if the status itself is unchanged.
        const item = await this.findItem(measureId);
        if (!item) return { kind: 'failed', error: `measure ${measureId} disappeared from SharePoint`, transient: false };
        const current = fieldsToMeasure(item.fields);
        if (isAlreadyApplied(current, change)) return { kind: 'written', version: item.eTag };
        if (current.status !== change.fromStatus) return { kind: 'conflict', current };
        eTag = item.eTag;
      }
      return { kind: 'failed', error: 'the item kept changing (412) while writing', transient: true };
    } catch (err) {
      if (err instanceof RepositoryUnavailableError) return { kind: 'failed', error: err.message, transient: true };
      throw err;
    }
  }

  /** Checks DecisionId before inserting, so a retried append never adds a second row. */
  async appendStatusLog(entry: StatusLogEntry): Promise<AppendResult> {
    try {
      const listId = await this.listId(this.statusLogList);
      const existing = read(await this.lists.items(listId, eqFilter('DecisionId', entry.decisionId)));
      if (existing.length > 0) return { kind: 'duplicate' };
      const r = await this.lists.createItem(listId, logToFields(entry));
      if (r.ok) return { kind: 'appended' };
      // The unique DecisionId column turns a racing second insert into a 409: already there.
      if (r.failure.status === 409) return { kind: 'duplicate' };
      return writeFailure(r.failure);
    } catch (err) {
      if (err instanceof RepositoryUnavailableError) return { kind: 'failed', error: err.message, transient: true };
      throw err;
    }
  }

  async listStatusLog(): Promise<StatusLogEntry[]> {
    const items = read(await this.lists.items(await this.listId(this.statusLogList)));
    return items.map((i) => fieldsToLog(i.fields));
  }

  private async findItem(measureId: string): Promise<ListItem | undefined> {
    const listId = await this.listId(this.measuresList);
    const item = read(await this.lists.items(listId, eqFilter('MeasureId', measureId)))[0];
    if (item) this.itemIds.set(measureId, item.id);
    return item;
  }

  private remember(m: Measure, item: ListItem): Measure {
    this.itemIds.set(m.id, item.id);
    return m;
  }

  private async listId(displayName: string): Promise<string> {
    const id = read(await this.lists.findList(displayName));
    if (!id) throw new Error(`SharePoint list '${displayName}' not found; run npm run provision:sharepoint.`);
    return id;
  }
}

/** Reads fail loudly: unavailable after retries, or a bug/config error with the status. */
function read<T>(r: Attempt<T>): T {
  if (r.ok) return r.value;
  if (r.failure.transient) throw new RepositoryUnavailableError(r.failure.message);
  throw new Error(`SharePoint read failed: ${r.failure.message}`);
}

function writeFailure(f: GraphFailure): WriteResult & AppendResult {
  if (f.throttled) return { kind: 'throttled', retryAfterMs: f.retryAfterMs ?? 0 };
  return { kind: 'failed', error: f.message, transient: f.transient };
}
