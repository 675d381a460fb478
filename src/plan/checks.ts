/**
 * Checks a schema cannot express: ids unique and references resolvable, dates real, and each
 * wheel entry timed exactly one way. Each problem carries its field path for line lookup.
 */
import { isValidYmd } from '../reminders/calendar';
import type { PlanFile } from './schema';

/** A problem found after the schema passed; `key` points at a field that should not be there. */
export interface CheckIssue {
  path: Array<string | number>;
  message: string;
}

function duplicates(items: ReadonlyArray<{ id: string }>, list: string, out: CheckIssue[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) out.push({ path: [list, i, 'id'], message: `id "${item.id}" er allerede brukt i ${list}[${first}]` });
    else seen.set(item.id, i);
  });
}

function references(ids: readonly string[], known: ReadonlySet<string>, path: Array<string | number>, out: CheckIssue[]): void {
  ids.forEach((id, j) => {
    if (!known.has(id)) out.push({ path: [...path, j], message: `tiltak "${id}" finnes ikke i measures` });
  });
}

export function checkPlan(plan: PlanFile): CheckIssue[] {
  const out: CheckIssue[] = [];
  duplicates(plan.goals, 'goals', out);
  duplicates(plan.measures, 'measures', out);
  duplicates(plan.wheel ?? [], 'wheel', out);
  const goals = new Set(plan.goals.map((g) => g.id));
  const measures = new Set(plan.measures.map((m) => m.id));
  plan.measures.forEach((m, i) => {
    if (!goals.has(m.goalId)) out.push({ path: ['measures', i, 'goalId'], message: `delmål "${m.goalId}" finnes ikke i goals` });
    if (m.deadline !== undefined && !isValidYmd(m.deadline)) {
      out.push({ path: ['measures', i, 'deadline'], message: `"${m.deadline}" er ingen gyldig dato (ÅÅÅÅ-MM-DD)` });
    }
  });
  (plan.owners ?? []).forEach((o, i) => references(o.measures, measures, ['owners', i, 'measures'], out));
  (plan.wheel ?? []).forEach((w, i) => {
    references(w.measures ?? [], measures, ['wheel', i, 'measures'], out);
    const ways = [w.months, w.deadline, w.when].filter((v) => v !== undefined).length;
    if (ways !== 1) {
      out.push({ path: ['wheel', i], message: 'angi nøyaktig én av months, deadline eller when' });
    }
    if (w.deadline !== undefined && !isValidYmd(w.deadline)) {
      out.push({ path: ['wheel', i, 'deadline'], message: `"${w.deadline}" er ingen gyldig dato (ÅÅÅÅ-MM-DD)` });
    }
    if (w.months === undefined && (w.every !== undefined || w.firstYear !== undefined)) {
      out.push({ path: ['wheel', i, w.every !== undefined ? 'every' : 'firstYear'], message: 'every og firstYear hører bare sammen med months' });
    }
    if (w.deadline !== undefined && w.day !== undefined) {
      out.push({ path: ['wheel', i, 'day'], message: 'day kan ikke brukes sammen med deadline' });
    }
    if ((w.every ?? 1) > 1 && w.months !== undefined && w.firstYear === undefined) {
      out.push({ path: ['wheel', i, 'every'], message: 'every større enn 1 krever firstYear (første år det skjer)' });
    }
  });
  return out;
}
