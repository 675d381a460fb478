import type { Measure, MeasureStatus, Person } from '../plan/types';

/** A measure as read from a repository, with the version a conditional write must match. */
export interface VersionedMeasure {
  measure: Measure;
  /** SQLite: a counter; SharePoint: the list item's eTag. Opaque to callers. */
  version: string;
}

/** The status fields an approved decision writes onto a measure. */
export interface StatusChange {
  /**
   * The decision that makes this change, written with it: a retried write that finds this id on
   * the measure knows the change is already there (its reply was lost), exactly, whatever the
   * store did to the timestamps.
   */
  decisionId: string;
  fromStatus: MeasureStatus;
  toStatus: MeasureStatus;
  comment?: string;
  /** The owner who proposed the status. */
  updatedBy: string;
  updatedAt: string;
  /** The coordinator who approved it. */
  approvedBy: string;
  approvedAt: string;
}

/** Outcome of a conditional status write; expected failures are values, never throws. */
export type WriteResult =
  | { kind: 'written'; version: string }
  | { kind: 'conflict'; current: Measure }
  | { kind: 'throttled'; retryAfterMs: number }
  | WriteFailure;

/**
 * A write that did not happen. `transient` failures (no answer, 5xx) are retried soon; the rest
 * (400, 403, 404: a missing column, no permission, a missing item) cannot be fixed by retrying
 * and are parked until someone fixes the cause. `status` is the HTTP status when there was one.
 */
export type WriteFailure = { kind: 'failed'; error: string; transient: boolean; status?: number };

/** One row of the status log: every decision gets exactly one, keyed by its decision id. */
export interface StatusLogEntry {
  decisionId: string;
  proposalId: string;
  measureId: string;
  fromStatus: MeasureStatus;
  toStatus: MeasureStatus;
  /** 'conflict' means approved but not applied because the status changed elsewhere. */
  outcome: 'approved' | 'rejected' | 'conflict';
  comment?: string;
  proposedBy: Person;
  decidedBy: Person;
  decidedAt: string;
}

/** Outcome of appending to the status log; 'duplicate' means the decision was already logged. */
export type AppendResult =
  | { kind: 'appended' }
  | { kind: 'duplicate' }
  | { kind: 'throttled'; retryAfterMs: number }
  | WriteFailure;

/**
 * Which write of a decision goes first. 'status-first' (the default) needs the measure to carry
 * the decision id, so a retried write recognises its own; 'log-first' is for a measures list
 * without that column: the status log row (unique per decision) is written first and is what a
 * retry recognises instead.
 */
export type WriteOrder = 'status-first' | 'log-first';

/**
 * Where measures and their status log live: SQLite locally, a SharePoint list in a tenant.
 * Reads throw `RepositoryUnavailableError` when the store cannot be reached; writes return values.
 */
export interface MeasureRepository {
  list(): Promise<Measure[]>;
  get(measureId: string): Promise<VersionedMeasure | undefined>;
  /** Writes the change only if the measure is still at `expectedVersion` (or the change is already there). */
  applyStatus(measureId: string, change: StatusChange, expectedVersion: string): Promise<WriteResult>;
  /**
   * Idempotent by `entry.decisionId`: a retried append never adds a second row. A repository
   * that writes 'log-first' corrects the row's outcome when the same decision is appended again
   * as a conflict.
   */
  appendStatusLog(entry: StatusLogEntry): Promise<AppendResult>;
  listStatusLog(): Promise<StatusLogEntry[]>;
  /** Unset means 'status-first'. May throw RepositoryUnavailableError when it must read the store to know. */
  writeOrder?(): Promise<WriteOrder>;
}

/** Thrown by repository reads when the backing store stays unreachable after retries. */
export class RepositoryUnavailableError extends Error {
  override readonly name = 'RepositoryUnavailableError';
}

/** A status proposed by a measure owner, waiting for a coordinator. */
export interface Proposal {
  id: string;
  measureId: string;
  fromStatus: MeasureStatus;
  toStatus: MeasureStatus;
  /** Masked for fødselsnummer and phone numbers before it was stored. */
  comment?: string;
  proposer: Person;
  createdAt: string;
  /** The measure's version when proposed; a decision on another version is stale. */
  baseVersion: string;
  state: 'pending' | 'approved' | 'rejected' | 'stale';
}

/** The audit record of one coordinator decision. */
export interface Decision {
  id: string;
  proposalId: string;
  measureId: string;
  decidedBy: Person;
  decidedAt: string;
  fromStatus: MeasureStatus;
  toStatus: MeasureStatus;
  comment?: string;
  outcome: 'approved' | 'rejected';
  /** Whether the approved status has reached the repository. */
  writeState: 'pending' | 'written' | 'conflict' | 'not-needed';
}

/**
 * An outbox entry: what must still reach the repository for one decision.
 * The change is absent for rejections, which only add a status log row.
 */
export interface OutboxPayload {
  decisionId: string;
  measureId: string;
  change?: StatusChange;
  expectedVersion: string;
  log: StatusLogEntry;
}
