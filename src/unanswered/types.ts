/**
 * Questions the documents did not answer well, kept so coordinators can see which guide is
 * missing or unclear. Only masked text is stored, never who asked (docs/architecture.md,
 * "Product rules"); see redact.ts for what masking means here.
 */

/** Why a question was recorded: refused, answered as "Mulig svar", or marked 👎. */
export type UnansweredReason = 'refused' | 'uncertain' | 'downvoted';

/** The card's label for the answer that was given. */
export type AnswerLabel = 'Svar' | 'Mulig svar' | 'Ikke besvart';

/** One occurrence, already masked, with nothing about the asker or the conversation. */
export interface UnansweredEntry {
  /** sha256 (hex) of the normalised text: the group this occurrence counts in. */
  id: string;
  /** The question, masked. */
  text: string;
  reason: UnansweredReason;
  label: AnswerLabel;
  /** The first line of the answer given, masked; '' when refused. */
  answerLine: string;
}

/** Every occurrence of one normalised question: the latest text and answer, how often, when. */
export interface UnansweredGroup extends UnansweredEntry {
  count: number;
  /** ISO instants. */
  firstSeen: string;
  lastSeen: string;
}

/**
 * The store of unanswered questions. Adapters: SQLite (sqlite-store.ts) and Azure Table Storage
 * (tables-store.ts); both pass test/unanswered/store-contract.test.ts.
 */
export interface UnansweredStore {
  /** Adds one occurrence to its group (created on the first), safely from any instance. */
  record(entry: UnansweredEntry, now: Date): Promise<void>;
  /** Groups last seen at or after `since`, most asked first, then the most recent. */
  list(since: Date): Promise<UnansweredGroup[]>;
  /** Groups first seen at or after `from` and before `to`, oldest first (the weekly digest). */
  firstSeenBetween(from: Date, to: Date): Promise<UnansweredGroup[]>;
  /** Deletes every group last seen before `cutoff`; returns how many went. */
  purge(cutoff: Date): Promise<number>;
}

/** Most asked first, then the most recently asked. */
export function byCountThenRecent(a: UnansweredGroup, b: UnansweredGroup): number {
  return b.count - a.count || b.lastSeen.localeCompare(a.lastSeen);
}
