/**
 * The JSON the tab's API answers with, shared by the server (src/tab) and the client (tab/src).
 * Types only: the client imports this file without pulling in server code. Dates are
 * YYYY-MM-DD (Oslo calendar days), instants ISO 8601; the client formats both for people.
 */

/** The five statuses in the plan's order (MEASURE_STATUSES). */
export type StatusName = 'Ikke startet' | 'Pågår' | 'Fullført' | 'Forsinket' | 'Avbrutt';

/** GET /api/tab/me: who the server decided the caller is, and what the plan is called. */
export interface MeDto {
  name: string;
  coordinator: boolean;
  municipality: string;
  title: string;
  mode: 'local' | 'tenant';
}

/** A decision as everyone sees it in `oversikt`: who and when, no comments. */
export interface LastDecisionDto {
  outcome: 'approved' | 'rejected';
  fromStatus?: StatusName;
  toStatus: StatusName;
  by: string;
  at: string;
}

export interface MeasureDto {
  id: string;
  title: string;
  goalId: string;
  status: StatusName;
  responsible: string;
  /** Names of the people who may propose its status. */
  owners: string[];
  deadline?: string;
  overdue: boolean;
  lastDecision?: LastDecisionDto;
  /** The item in the SharePoint list; absent in local mode. */
  link?: string;
}

export interface GoalDto {
  id: string;
  title: string;
  counts: Record<StatusName, number>;
  total: number;
}

/** A filter value and its label: `r:<responsible>` or `p:<object id>` for owners. */
export interface OptionDto {
  value: string;
  label: string;
}

/** GET /api/tab/status?goal=&owner=: the overview, filtered on the server. */
export interface StatusDto {
  today: string;
  statuses: StatusName[];
  goals: GoalDto[];
  measures: MeasureDto[];
  /** Ids of measures past their deadline and not done, in the order `oversikt` lists them. */
  overdue: string[];
  filters: { goals: OptionDto[]; responsible: OptionDto[]; owners: OptionDto[] };
  applied: { goal?: string; owner?: string };
  source: 'sharepoint' | 'local';
}

export interface WheelEntryDto {
  id: string;
  title: string;
  todo: string;
  audience: string;
  responsible?: string;
  measures: string[];
}

/** GET /api/tab/wheel: the twelve months from this one, as `årshjul` draws them. */
export interface WheelDto {
  today: string;
  /** The same SVG as the chat's wheel picture. */
  svg: string;
  alt: string;
  months: Array<{ month: string; name: string; entries: WheelEntryDto[] }>;
}

export interface DecisionDto {
  id: string;
  measureId: string;
  measureTitle: string;
  outcome: 'approved' | 'rejected';
  fromStatus: StatusName;
  toStatus: StatusName;
  decidedBy: string;
  decidedAt: string;
  comment?: string;
  proposedBy?: string;
  proposedAt?: string;
  proposalComment?: string;
}

export interface PendingDto {
  id: string;
  measureId: string;
  measureTitle: string;
  fromStatus: StatusName;
  toStatus: StatusName;
  proposedBy: string;
  proposedAt: string;
  comment?: string;
}

/** GET /api/tab/decisions (coordinators): proposals waiting, and decisions with their comments. */
export interface DecisionsDto {
  pending: PendingDto[];
  decisions: DecisionDto[];
}

/** Every error body. */
export interface ErrorDto {
  error: string;
}

/** A curated answer as the coordinators' page lists it. */
export interface CuratedAnswerDto {
  id: string;
  question: string;
  /** Other ways to ask it. */
  variants: string[];
  answer: string;
  source: string;
  link?: string;
  owner?: string;
  /** YYYY-MM-DD; absent when the row has none that can be read. */
  reviewBy?: string;
  /** Past its review date (or without one): it should be looked at. */
  due: boolean;
  /** The item in SharePoint. */
  url?: string;
}

/** GET /api/tab/curated (coordinators): the curated answers, those due for review, and the lists' problems. */
export interface CuratedDto {
  today: string;
  source: 'sharepoint' | 'local';
  /** Off when the lists do not exist and the app may not create them; `reason` says what to do. */
  state: { kind: 'on' } | { kind: 'off'; reason: string };
  answers: CuratedAnswerDto[];
  /** Ids of the answers due for review, the oldest first. */
  due: string[];
  staffWords: number;
  problems: Array<{ row: string; reason: string; url?: string }>;
  /** Local mode: the file proposals are saved in. */
  localFile?: string;
}

/** POST /api/tab/curated (coordinators): a proposed curated answer. */
export interface CuratedProposalDto {
  question: string;
  /** Other ways to ask it, one per line. */
  variants?: string;
  answer: string;
  source: string;
  link?: string;
  /** YYYY-MM-DD; default a year from today. */
  reviewBy?: string;
}

/** The answer to a saved proposal. */
export interface CuratedSavedDto {
  saved: 'sharepoint' | 'local';
  message: string;
  url?: string;
}
