import { stringify } from 'yaml';
import type { PlanFile, WheelEntryFile } from './schema';
import type { Plan, WheelEntry } from './types';

function wheelEntryFile(e: WheelEntry): WheelEntryFile {
  const t = e.timing;
  const timing = t.kind === 'months'
    ? { months: t.months, ...(t.every ? { every: t.every } : {}), ...(t.firstYear ? { firstYear: t.firstYear } : {}), ...(t.day ? { day: t.day } : {}) }
    : t.kind === 'deadline' ? { deadline: t.deadline } : { when: t.text, ...(t.day ? { day: t.day } : {}) };
  return {
    id: e.id, title: e.title, todo: e.todo || e.title, audience: e.audience,
    ...(e.responsible ? { responsible: e.responsible } : {}),
    ...(e.measures.length ? { measures: e.measures } : {}),
    ...timing,
    ...(t.time ? { time: t.time } : {}),
  };
}

/** The plan in the plan file's shape: what `plan export` and `plan import --out` write. */
export function planToFile(plan: Plan): PlanFile {
  return {
    municipality: plan.municipality,
    title: plan.title,
    ...(plan.period ? { period: plan.period } : {}),
    goals: plan.goals.map((g) => ({ id: g.id, title: g.title })),
    measures: plan.measures,
    ...(plan.owners.length ? { owners: plan.owners } : {}),
    ...(plan.coordinators.length ? { coordinators: plan.coordinators } : {}),
    ...(plan.contacts.length ? { contacts: plan.contacts } : {}),
    ...(plan.wheel.length ? { wheel: plan.wheel.map(wheelEntryFile) } : {}),
    ...(plan.audiences?.length ? { audiences: plan.audiences } : {}),
  };
}

/** YAML text of a plan file, with a first comment line saying where it came from. */
export function planYaml(plan: Plan, origin: string): string {
  // Ids like 1.1 must stay strings: the yaml package quotes them because they look like numbers.
  return `# ${origin}\n${stringify(planToFile(plan), { lineWidth: 0 })}`;
}
