import { formatDateNo } from '../common/dates';
import { buildSummary } from '../measures/summary';
import { MEASURE_STATUSES, type Measure, type MeasureStatus, type OwnerRole } from '../plan/types';
import { osloDate } from '../reminders/calendar';
import type { DoneRecord } from '../reminders/ledger';
import type { DecisionRow, MeasureRow, ReportDecision, WheelRow, YearReportInput, YearReportModel } from './types';
import { wheelActivitiesOfYear, type WheelActivity } from './wheel';

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "1.2" before "1.10": measure ids are read as numbers where they are numbers. One collator, reused. */
const ids = new Intl.Collator('nb', { numeric: true });
const byId = (a: { id: string }, b: { id: string }) => ids.compare(a.id, b.id);

function ownersByMeasure(owners: readonly OwnerRole[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const role of owners) {
    for (const id of role.measures) {
      const names = map.get(id) ?? [];
      for (const p of role.members) if (!names.includes(p.name)) names.push(p.name);
      map.set(id, names);
    }
  }
  return map;
}

function measureRow(m: Measure, owners: Map<string, string[]>): MeasureRow {
  const deadline = m.deadline ? formatDateNo(m.deadline) : undefined;
  return {
    id: m.id,
    title: m.title,
    status: m.status,
    responsible: m.responsible,
    owners: owners.get(m.id) ?? [],
    timing: m.timing ?? (deadline ? `Frist ${deadline}` : ''),
    ...(deadline ? { deadline } : {}),
    ...(m.statusComment ? { comment: m.statusComment } : {}),
  };
}

function decisionRow(d: ReportDecision & { day: string }, titles: Map<string, string>): DecisionRow {
  const title = titles.get(d.measureId);
  return {
    date: formatDateNo(d.day),
    measure: title ? `${d.measureId} ${title}` : d.measureId,
    change: `${d.fromStatus} → ${d.toStatus}`,
    outcome: d.outcome === 'approved' ? 'Godkjent' : 'Avvist',
    decidedBy: d.decidedBy.name,
    ...(d.proposedBy ? { proposedBy: d.proposedBy.name } : {}),
    ...(d.proposalComment ? { proposalComment: d.proposalComment } : {}),
    ...(d.comment ? { decisionComment: d.comment } : {}),
  };
}

function wheelRow(a: WheelActivity, done: Map<string, DoneRecord>, today: string): WheelRow {
  // The first mark counts when a deadline's reminders were marked more than once.
  const mark = a.reminderDates.map((date) => done.get(`${a.entry.id} ${date}`)).filter((r): r is DoneRecord => !!r).sort((x, y) => x.at.localeCompare(y.at))[0];
  const state = mark ? 'done' : a.date < today ? 'not-done' : 'later';
  return {
    date: formatDateNo(a.date),
    title: a.entry.title,
    ...(a.entry.responsible ? { responsible: a.entry.responsible } : {}),
    state,
    ...(mark ? { doneBy: `${mark.byName} ${formatDateNo(osloDate(new Date(mark.at)))}`.trim() } : {}),
  };
}

/**
 * The yearly report's content from its inputs. Pure: the same inputs and clock give the same
 * model. Statuses are the current ones, overdue is as of the clock's day (the overview's rule),
 * decisions and wheel activities are those of the year.
 */
export function yearReportModel(input: YearReportInput): YearReportModel {
  const now = input.clock.now();
  const today = osloDate(now);
  const measures = [...(input.measures ?? input.plan.measures ?? [])].sort(byId);
  const owners = ownersByMeasure(input.plan.owners);
  const summary = buildSummary(input.plan.goals, measures, [], now);
  const goals = summary.goals.map((g) => ({
    id: g.goalId,
    title: g.title,
    counts: g.counts,
    measures: measures.filter((m) => m.goalId === g.goalId).map((m) => measureRow(m, owners)),
  }));
  const totals = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, measures.filter((m) => m.status === s).length])) as Record<MeasureStatus, number>;
  const titles = new Map(measures.map((m) => [m.id, m.title]));
  const prefix = `${input.year}-`;
  // One Oslo day per decision: the formatter is the costly part with thousands of them.
  const decisions = input.decisions
    .map((d) => ({ ...d, day: osloDate(new Date(d.decidedAt)) }))
    .filter((d) => d.day.startsWith(prefix))
    .sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0))
    .map((d) => decisionRow(d, titles));
  const done = new Map(input.done.map((r) => [`${r.entryId} ${r.date}`, r]));
  const wheel = wheelActivitiesOfYear(input.plan.wheel, input.year, input.clock).map((a) => wheelRow(a, done, today));
  return {
    year: input.year,
    municipality: input.plan.municipality,
    planTitle: input.plan.title,
    ...(input.plan.period ? { period: input.plan.period } : {}),
    madeAt: `${formatDateNo(today)} kl. ${OSLO_TIME.format(now)}`,
    asOf: formatDateNo(today),
    goals,
    totals,
    overdue: summary.overdue.sort(byId).map((m) => measureRow(m, owners)),
    decisions,
    wheel,
  };
}
