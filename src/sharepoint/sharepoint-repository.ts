import type { Measure } from '../plan/types';
import { isAlreadyApplied } from '../measures/sqlite-repository';
import type {
  AppendResult, MeasureRepository, StatusChange, StatusLogEntry, VersionedMeasure, WriteOrder, WriteResult,
} from '../measures/types';
import { outcomeLabels } from '../measures/messages';
import { MEASURES_LIST, STATUS_LOG_LIST } from './columns';
import type { GraphConnection } from './graph-client';
import { eqFilter, ListClient, type ListItem } from './list-client';
import { changeToFields, fieldsToLog, fieldsToMeasure, logTitle, logToFields, onlyColumns } from './mapping';
import { caught, read } from './read-failures';
import { retryPolicy, type Attempt, type GraphFailure, type RetryPolicy } from './retry';
import { readSchema, REQUIRED_MEASURE_COLUMNS, SchemaError, type ListShape, type SchemaReport } from './schema';

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

/**
 * Measures in a SharePoint list through Graph: conditional writes with If-Match, paged reads.
 * Writes go only to the columns the lists have (read on first write and by `checkSchema`), so
 * a list made by an older release keeps getting status; SharePoint would refuse the whole write
 * for one unknown column.
 */
export class SharePointMeasureRepository implements MeasureRepository {
  private readonly lists: ListClient;
  private readonly measuresList: string;
  private readonly statusLogList: string;
  /** MeasureId → list item id; item ids never change, so a write needs no lookup first. */
  private readonly itemIds = new Map<string, string>();
  private schema: SchemaReport | undefined;
  private loading: Promise<SchemaReport> | undefined;
  private schemaTried = false;

  constructor(graph: GraphConnection, options: SharePointRepositoryOptions) {
    if (!options.siteId) throw new RangeError('SharePointMeasureRepository needs a siteId (SHAREPOINT_SITE_ID).');
    this.lists = new ListClient(graph, options.siteId, retryPolicy(options.retry), options.pageSize);
    this.measuresList = options.measuresList ?? MEASURES_LIST.displayName;
    this.statusLogList = options.statusLogList ?? STATUS_LOG_LIST.displayName;
  }

  /**
   * Reads both lists' columns now and adds the missing ones the site permission allows; later
   * writes use what it found. Throws SchemaError when the measures list or a required column is
   * missing; a failure means SharePoint could not be read (the previous schema is kept).
   */
  async checkSchema(): Promise<Attempt<SchemaReport>> {
    const r = await readSchema(this.lists, { measures: this.measuresList, statusLog: this.statusLogList });
    if (r.ok) this.schema = r.value;
    return r;
  }

  /** The schema the writes use; undefined until read. */
  get knownSchema(): SchemaReport | undefined {
    return this.schema;
  }

  async list(): Promise<Measure[]> {
    const items = read(await this.lists.items(await this.listId(this.measuresList)));
    await this.readSchemaOnce();
    return items.map((i) => this.remember(fieldsToMeasure(i.fields), i));
  }

  async get(measureId: string): Promise<VersionedMeasure | undefined> {
    const item = await this.findItem(measureId);
    await this.readSchemaOnce();
    return item ? { measure: fieldsToMeasure(item.fields), version: item.eTag } : undefined;
  }

  /** Without a DecisionId column on the measures list, the log row goes first and is what a retry recognises. */
  async writeOrder(): Promise<WriteOrder> {
    try {
      return (await this.writeSchema()).measures.columns.has('DecisionId') ? 'status-first' : 'log-first';
    } catch (err) {
      // The write itself reports a missing list or column, and is parked.
      if (err instanceof SchemaError) return 'status-first';
      throw err;
    }
  }

  async applyStatus(measureId: string, change: StatusChange, expectedVersion: string): Promise<WriteResult> {
    try {
      const measures = (await this.writeSchema()).measures;
      const listId = measures.id as string;
      const itemId = this.itemIds.get(measureId) ?? (await this.findItem(measureId))?.id;
      if (!itemId) return { kind: 'failed', error: `measure ${measureId} not found in SharePoint`, transient: false, status: 404 };
      const fields = onlyColumns(changeToFields(change), measures.columns);
      let eTag = expectedVersion;
      for (let round = 0; round < MAX_PRECONDITION_ROUNDS; round++) {
        const r = await this.lists.patchFields(listId, itemId, fields, eTag);
        if (r.ok) return { kind: 'written', version: r.value };
        if (r.failure.status !== 412) return this.writeFailure(r.failure, measures);
        // Someone wrote the item since we read it: apply only if the status itself is unchanged.
        const item = await this.findItem(measureId);
        if (!item) return { kind: 'failed', error: `measure ${measureId} disappeared from SharePoint`, transient: false, status: 404 };
        const current = fieldsToMeasure(item.fields);
        if (await this.isOurs(current, change)) return { kind: 'written', version: item.eTag };
        if (current.status !== change.fromStatus) return { kind: 'conflict', current };
        eTag = item.eTag;
      }
      return { kind: 'failed', error: 'the item kept changing (412) while writing', transient: true };
    } catch (err) {
      return caught(err);
    }
  }

  /**
   * Checks for the decision's row before inserting, so a retried append never adds a second
   * row; the same decision appended again as a conflict corrects the row's outcome (a
   * 'log-first' write logged it as approved before its status write found the conflict).
   */
  async appendStatusLog(entry: StatusLogEntry): Promise<AppendResult> {
    try {
      const log = (await this.writeSchema()).statusLog;
      if (!log.id) return { kind: 'failed', error: `the list '${log.displayName}' does not exist and could not be created`, transient: false, status: 404 };
      const existing = read(await this.lists.items(log.id, this.logFilter(log, entry.decisionId)))[0];
      if (existing) return this.correctOutcome(log, existing, entry);
      const fields = onlyColumns(logToFields(entry, !log.columns.has('DecisionId')), log.columns);
      const r = await this.lists.createItem(log.id, fields);
      if (r.ok) return { kind: 'appended' };
      // The unique DecisionId column turns a racing second insert into a 409: already there.
      if (r.failure.status === 409) return { kind: 'duplicate' };
      return this.writeFailure(r.failure, log);
    } catch (err) {
      return caught(err);
    }
  }

  async listStatusLog(): Promise<StatusLogEntry[]> {
    const items = read(await this.lists.items(await this.listId(this.statusLogList)));
    return items.map((i) => fieldsToLog(i.fields));
  }

  /**
   * A write of this very decision that landed while its reply was lost: the decision id on the
   * item says so; an item without one (a list without the column, or written before it was
   * added) counts as ours when it has the decided status and the decision's log row exists.
   */
  private async isOurs(current: Measure, change: StatusChange): Promise<boolean> {
    if (isAlreadyApplied(current, change)) return true;
    if (current.decisionId !== undefined || current.status !== change.toStatus) return false;
    const log = (await this.writeSchema()).statusLog;
    return log.id !== undefined && read(await this.lists.items(log.id, this.logFilter(log, change.decisionId))).length > 0;
  }

  private async correctOutcome(log: ListShape, existing: ListItem, entry: StatusLogEntry): Promise<AppendResult> {
    const label = outcomeLabels[entry.outcome];
    if (entry.outcome !== 'conflict' || existing.fields.Outcome === label || !log.columns.has('Outcome')) return { kind: 'duplicate' };
    const r = await this.lists.patchFields(log.id as string, existing.id, { Outcome: label }, existing.eTag || '*');
    return r.ok ? { kind: 'duplicate' } : this.writeFailure(r.failure, log);
  }

  /** The decision's log row: by DecisionId, or by the Title that carries the id when the list lacks that column. */
  private logFilter(log: ListShape, decisionId: string): string {
    return log.columns.has('DecisionId') ? eqFilter('DecisionId', decisionId) : eqFilter('Title', logTitle(decisionId));
  }

  /**
   * A column SharePoint no longer recognises (deleted since we read the list) is dropped from
   * the schema and the write is tried again soon without it; a required one cannot be dropped.
   */
  private writeFailure(f: GraphFailure, list: ListShape): WriteResult & AppendResult {
    const unknown = f.status === 400 ? /Field '([^']+)' is not recognized/i.exec(f.message)?.[1] : undefined;
    const required = list === this.schema?.measures && (REQUIRED_MEASURE_COLUMNS as readonly string[]).includes(unknown ?? '');
    if (unknown && list.columns.has(unknown) && !required) {
      list.columns.delete(unknown);
      list.missing.push(unknown);
      return { kind: 'failed', error: `${f.message} (written without it from now on)`, transient: true, status: f.status };
    }
    if (f.throttled) return { kind: 'throttled', retryAfterMs: f.retryAfterMs ?? 0 };
    return { kind: 'failed', error: f.message, transient: f.transient, status: f.status };
  }

  /**
   * The first successful read (a proposal, say) also reads the lists' columns, once, so the
   * approval that follows finds them ready; a failure here is left to the write to report.
   */
  private async readSchemaOnce(): Promise<void> {
    if (this.schema || this.schemaTried) return;
    this.schemaTried = true;
    await this.writeSchema().catch(() => undefined);
  }

  /** Read on the first write if not before; `checkSchema` (start and every plan poll) keeps it current. */
  private async writeSchema(): Promise<SchemaReport> {
    if (this.schema) return this.schema;
    this.loading ??= this.checkSchema()
      .then(read)
      .finally(() => (this.loading = undefined));
    return this.loading;
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
