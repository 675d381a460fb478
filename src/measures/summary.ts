import { MEASURE_STATUSES, type Goal, type Measure, type MeasureStatus } from '../plan/types';
import type { Decision } from './types';

/** Status counts for one goal (delmål). */
export interface GoalSummary {
  goalId: string;
  title: string;
  counts: Record<MeasureStatus, number>;
}

/** The coordinator's overview. */
export interface StatusSummary {
  goals: GoalSummary[];
  /** Deadline passed (Europe/Oslo date) and not Fullført. */
  overdue: Measure[];
  lastDecisions: Decision[];
}

/** Today's date in Europe/Oslo as YYYY-MM-DD: deadlines are Norwegian calendar days. */
export function osloDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function buildSummary(goals: Goal[], measures: Measure[], lastDecisions: Decision[], now: Date): StatusSummary {
  const empty = (): Record<MeasureStatus, number> =>
    Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  const byGoal = new Map<string, GoalSummary>(goals.map((g) => [g.id, { goalId: g.id, title: g.title, counts: empty() }]));
  for (const m of measures) {
    let g = byGoal.get(m.goalId);
    if (!g) byGoal.set(m.goalId, (g = { goalId: m.goalId, title: m.goalId, counts: empty() }));
    g.counts[m.status]++;
  }
  const today = osloDate(now);
  const overdue = measures.filter((m) => m.deadline !== undefined && m.deadline < today && m.status !== 'Fullført');
  return { goals: [...byGoal.values()], overdue, lastDecisions };
}
