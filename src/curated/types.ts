import type { CuratedEntry, StaffWordEntry } from '../knowledge';
import type { PlanProblem, RowRef } from '../plan/problems';

/** A curated answer as the list or file holds it, with who keeps it and when to look at it again. */
export interface CuratedAnswer extends CuratedEntry {
  /** Who keeps the answer up to date (a name or a role). */
  owner?: string;
  /** The Oslo day by which it should be reviewed (YYYY-MM-DD); absent when missing or unreadable. */
  reviewBy?: string;
  /** Where it lives: the list item or the file's line. */
  ref: RowRef;
}

/** A row of "Synonymer", validated. */
export interface StaffWordRow extends StaffWordEntry {
  ref: RowRef;
}

/** A row as a source read it, before the rules: every value as text, questions one per entry. */
export interface RawCuratedRow {
  questions: string[];
  answer: string;
  source: string;
  link: string;
  owner: string;
  reviewBy: string;
  ref: RowRef;
}

export interface RawStaffWordRow {
  word: string;
  /** As written: words separated by commas, semicolons or new lines. */
  planWords: string;
  ref: RowRef;
}

/** One reading of the municipality's curated answers and staff words, and their rows' problems. */
export interface CuratedSnapshot {
  answers: CuratedAnswer[];
  staffWords: StaffWordRow[];
  problems: PlanProblem[];
}

/** Whether the lists can be used; `off` says why, for the coordinators. */
export type CuratedState = { kind: 'on' } | { kind: 'off'; reason: string };
