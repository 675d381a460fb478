import { maskDeep, maskPersonalData } from '../common/mask';
import { applyMigrations, type Db } from '../storage/database';
import type { Measure, Plan } from '../plan/types';
import { MEASURE_MIGRATIONS } from './migrations';
import type {
  AppendResult,
  MeasureRepository,
  StatusChange,
  StatusLogEntry,
  VersionedMeasure,
  WriteResult,
} from './types';

interface MeasureRow {
  id: string;
  data: string;
  version: number;
}

/** The embedded default: measures and their status log in the one SQLite file. */
export class SqliteMeasureRepository implements MeasureRepository {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'measures', MEASURE_MIGRATIONS);
  }

  /** Inserts the plan's measures that are missing; never touches the status of existing ones. */
  seedFromPlan(plan: Pick<Plan, 'measures'>): number {
    const insert = this.db.prepare(
      `INSERT INTO measures (id, position, data) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    let added = 0;
    this.db.transaction(() => {
      plan.measures.forEach((m, i) => {
        added += insert.run(m.id, i, JSON.stringify(m)).changes;
      });
    })();
    return added;
  }

  async list(): Promise<Measure[]> {
    const rows = this.db.prepare('SELECT data FROM measures ORDER BY position, id').all() as MeasureRow[];
    return rows.map((r) => JSON.parse(r.data) as Measure);
  }

  async get(measureId: string): Promise<VersionedMeasure | undefined> {
    return this.read(measureId);
  }

  async applyStatus(measureId: string, change: StatusChange, expectedVersion: string): Promise<WriteResult> {
    return this.db.transaction((): WriteResult => {
      const current = this.read(measureId);
      if (!current) return { kind: 'failed', error: `measure ${measureId} not found`, transient: false, status: 404 };
      // Same rule as SharePoint: a replay of a change already there counts as written.
      if (isAlreadyApplied(current.measure, change)) return { kind: 'written', version: current.version };
      if (current.version !== expectedVersion && current.measure.status !== change.fromStatus) {
        return { kind: 'conflict', current: current.measure };
      }
      const next: Measure = withChange(current.measure, change);
      this.db
        .prepare('UPDATE measures SET data = ?, version = version + 1 WHERE id = ?')
        .run(JSON.stringify(next), measureId);
      return { kind: 'written', version: String(Number(current.version) + 1) };
    })();
  }

  async appendStatusLog(entry: StatusLogEntry): Promise<AppendResult> {
    const result = this.db
      .prepare(
        `INSERT INTO status_log (decision_id, measure_id, data, seq)
         VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM status_log))
         ON CONFLICT (decision_id) DO NOTHING`,
      )
      .run(entry.decisionId, entry.measureId, JSON.stringify(maskDeep(entry)));
    return result.changes === 1 ? { kind: 'appended' } : { kind: 'duplicate' };
  }

  async listStatusLog(): Promise<StatusLogEntry[]> {
    const rows = this.db.prepare('SELECT data FROM status_log ORDER BY seq').all() as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as StatusLogEntry);
  }

  private read(measureId: string): VersionedMeasure | undefined {
    const row = this.db.prepare('SELECT id, data, version FROM measures WHERE id = ?').get(measureId) as
      | MeasureRow
      | undefined;
    return row ? { measure: JSON.parse(row.data) as Measure, version: String(row.version) } : undefined;
  }
}

/**
 * True when the measure already carries this very decision's change: a retried write whose
 * first attempt landed but whose reply was lost. Recognised by the decision id written with
 * the status, never by timestamps (SharePoint keeps whole seconds).
 */
export function isAlreadyApplied(measure: Measure, change: StatusChange): boolean {
  return measure.decisionId !== undefined && measure.decisionId === change.decisionId && measure.status === change.toStatus;
}

export function withChange(measure: Measure, change: StatusChange): Measure {
  const next: Measure = {
    ...measure,
    status: change.toStatus,
    updatedBy: change.updatedBy,
    updatedAt: change.updatedAt,
    approvedBy: change.approvedBy,
    approvedAt: change.approvedAt,
    decisionId: change.decisionId,
  };
  if (change.comment === undefined) delete next.statusComment;
  else next.statusComment = maskPersonalData(change.comment);
  return next;
}
