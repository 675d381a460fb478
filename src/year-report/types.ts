import type { Clock } from '../common/clock';
import type { Decision } from '../measures/types';
import type { Measure, MeasureStatus, Person, Plan } from '../plan/types';
import type { DoneRecord } from '../reminders/ledger';

/** A decision from the audit trail with what its proposal said: who proposed it and the owner's comment. */
export interface ReportDecision extends Decision {
  proposedBy?: Person;
  /** The owner's comment on the proposal, masked as stored. */
  proposalComment?: string;
}

/**
 * Everything the yearly report is made from, gathered by the caller: the bot's `rapport`
 * command, the tab's button, a test or the bench. Nothing here reads a store.
 */
export interface YearReportInput {
  /** The calendar year the report covers (Europe/Oslo). */
  year: number;
  plan: Pick<Plan, 'municipality' | 'title' | 'period' | 'goals' | 'owners' | 'wheel'> & Partial<Pick<Plan, 'measures'>>;
  /** The measures with their current status, from the repository; default the plan's. */
  measures?: Measure[];
  /** Decisions; only those made in `year` (Oslo) are reported. */
  decisions: ReportDecision[];
  /** "Marker som gjort" records; matched to the year's wheel activities by entry and date. */
  done: DoneRecord[];
  clock: Clock;
}

/** One measure as a row of the report. */
export interface MeasureRow {
  id: string;
  title: string;
  status: MeasureStatus;
  /** The role the plan makes responsible. */
  responsible: string;
  /** The people who may report status for it (the owner roles' members). */
  owners: string[];
  /** The plan's timing text, or the deadline written dd.mm.åååå. */
  timing: string;
  /** dd.mm.åååå, when the measure has a deadline. */
  deadline?: string;
  /** The owner's latest status comment, masked as stored. */
  comment?: string;
}

export interface GoalSection {
  id: string;
  title: string;
  counts: Record<MeasureStatus, number>;
  measures: MeasureRow[];
}

export interface DecisionRow {
  /** dd.mm.åååå (Oslo). */
  date: string;
  measure: string;
  change: string;
  outcome: 'Godkjent' | 'Avvist';
  decidedBy: string;
  proposedBy?: string;
  proposalComment?: string;
  decisionComment?: string;
}

export type ActivityState = 'done' | 'not-done' | 'later';

export interface WheelRow {
  /** dd.mm.åååå: the reminder's day, or the deadline. */
  date: string;
  title: string;
  responsible?: string;
  state: ActivityState;
  /** "Kari Nordmann 03.02.2026" when marked done. */
  doneBy?: string;
}

/** The report's content, ready to render; the tab can show the same data. */
export interface YearReportModel {
  year: number;
  municipality: string;
  planTitle: string;
  period?: string;
  /** "23.11.2026 kl. 09:00" (Oslo). */
  madeAt: string;
  /** dd.mm.åååå: statuses and overdue measures are as of this day. */
  asOf: string;
  goals: GoalSection[];
  totals: Record<MeasureStatus, number>;
  overdue: MeasureRow[];
  decisions: DecisionRow[];
  wheel: WheelRow[];
}
