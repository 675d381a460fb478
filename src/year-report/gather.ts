import type { Clock } from '../common/clock';
import type { DecisionLedger } from '../measures/ledger';
import type { Decision, MeasureRepository } from '../measures/types';
import { osloDate } from '../reminders/calendar';
import type { DoneRecord, ReminderLedger } from '../reminders/ledger';
import type { ReportDecision, YearReportInput } from './types';
import { wheelActivitiesOfYear } from './wheel';

/**
 * How far back the audit trail is read at most. A municipality makes a few hundred decisions a
 * year, so this reaches many years back.
 */
export const MAX_DECISIONS_READ = 20_000;

/** The first read; each further read asks for four times as many (each decision is a point read in Table Storage). */
const FIRST_READ = 500;

/** Lookups run this many at a time: Table Storage answers point reads in parallel, within reason. */
const CONCURRENCY = 16;

/** Where the report's inputs live: the ports the rest of the bot already uses. */
export interface YearReportSources {
  plan: YearReportInput['plan'];
  /** The measures with their current status (SQLite, Table Storage or the SharePoint list). */
  repo: Pick<MeasureRepository, 'list'>;
  /** The audit trail: decisions, and the proposals they decided. */
  ledger: Pick<DecisionLedger, 'recentDecisions' | 'proposal'>;
  /** "Marker som gjort" records. */
  reminders: Pick<ReminderLedger, 'doneOf'>;
  clock: Clock;
}

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) out.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(work))));
  return out;
}

/** The year's decisions with their proposals' proposer and comment. */
async function decisionsOf(ledger: YearReportSources['ledger'], year: number): Promise<ReportDecision[]> {
  const prefix = `${year}-`;
  // The ledger lists decisions newest first: read more until the oldest read is before the year.
  let read: Decision[] = [];
  for (let limit = FIRST_READ; ; limit = Math.min(limit * 4, MAX_DECISIONS_READ)) {
    read = await ledger.recentDecisions(limit);
    const oldest = read.at(-1);
    if (read.length < limit || limit >= MAX_DECISIONS_READ || (oldest && osloDate(new Date(oldest.decidedAt)) < prefix)) break;
  }
  const decisions = read.filter((d) => osloDate(new Date(d.decidedAt)).startsWith(prefix));
  return inBatches(decisions, async (d: Decision): Promise<ReportDecision> => {
    const p = await ledger.proposal(d.proposalId);
    return { ...d, ...(p ? { proposedBy: p.proposer } : {}), ...(p?.comment ? { proposalComment: p.comment } : {}) };
  });
}

/** The done marks of the year's wheel activities, looked up by entry and reminder date. */
async function doneOf(sources: YearReportSources, year: number): Promise<DoneRecord[]> {
  const keys = wheelActivitiesOfYear(sources.plan.wheel, year, sources.clock).flatMap((a) => a.reminderDates.map((date) => ({ entryId: a.entry.id, date })));
  const found = await inBatches(keys, (k) => sources.reminders.doneOf(k.entryId, k.date));
  return found.filter((r): r is DoneRecord => r !== undefined);
}

/**
 * Reads what the report of `year` needs from the existing ports. A repository that cannot be
 * read throws its `RepositoryUnavailableError`, as it does for `oversikt`.
 */
export async function gatherYearReportInput(sources: YearReportSources, year: number): Promise<YearReportInput> {
  const [measures, decisions, done] = await Promise.all([sources.repo.list(), decisionsOf(sources.ledger, year), doneOf(sources, year)]);
  return { year, plan: sources.plan, measures, decisions, done, clock: sources.clock };
}
