import { buildSummary, osloDate } from '../measures/summary';
import type { Decision, DecisionLedger, MeasureRepository } from '../measures';
import { MEASURE_STATUSES, type Measure, type Person, type Plan } from '../plan/types';
import type { LastDecisionDto, MeasureDto, OptionDto, StatusDto } from './api-types';

/**
 * How many of the latest decisions are read for "last decision per measure". A measure whose
 * last decision is older shows the approval its repository row carries (ApprovedBy/At), which
 * is its last approved change; only an older rejection is then not shown.
 */
export const DECISION_WINDOW = 1000;

export interface StatusDataDeps {
  plan: Pick<Plan, 'goals' | 'owners'>;
  repo: Pick<MeasureRepository, 'list'>;
  ledger: Pick<DecisionLedger, 'recentDecisions'>;
  /** Measure id → its item in SharePoint; absent in local mode. */
  links?: () => Promise<Map<string, string>>;
}

export interface StatusFilter {
  goal?: string;
  owner?: string;
}

/** A filter value that names nothing in the plan: the page asked for something that is not there. */
export class UnknownFilterError extends Error {
  override readonly name = 'UnknownFilterError';
}

export const FILTER_MESSAGES = {
  unknownGoal: 'Fant ikke delmålet i filteret. Velg et annet.',
  unknownOwner: 'Fant ikke eieren i filteret. Velg en annen.',
} as const;

const byText = (a: string, b: string) => a.localeCompare(b, 'nb', { numeric: true });

function ownersByMeasure(owners: Plan['owners']): Map<string, Person[]> {
  const map = new Map<string, Person[]>();
  for (const role of owners) {
    for (const id of role.measures) {
      const list = map.get(id) ?? [];
      for (const p of role.members) if (!list.some((q) => q.aadObjectId === p.aadObjectId)) list.push(p);
      map.set(id, list);
    }
  }
  return map;
}

/** The newest decision per measure (decisions come newest first), else the row's own approval. */
function lastDecision(m: Measure, latest: Map<string, Decision>): LastDecisionDto | undefined {
  const d = latest.get(m.id);
  if (d) return { outcome: d.outcome, fromStatus: d.fromStatus, toStatus: d.toStatus, by: d.decidedBy.name, at: d.decidedAt };
  if (m.approvedBy && m.approvedAt) return { outcome: 'approved', toStatus: m.status, by: m.approvedBy, at: m.approvedAt };
  return undefined;
}

/**
 * The Status page's data: the same summary as the chat's `oversikt` (buildSummary), over the
 * measures the filter keeps, with each measure's owners, last decision and SharePoint link.
 */
export async function statusData(deps: StatusDataDeps, filter: StatusFilter, now: Date): Promise<StatusDto> {
  const [all, decisions, links] = await Promise.all([deps.repo.list(), deps.ledger.recentDecisions(DECISION_WINDOW), deps.links?.() ?? Promise.resolve(undefined)]);
  const owners = ownersByMeasure(deps.plan.owners);
  const people = [...new Map([...owners.values()].flat().map((p) => [p.aadObjectId, p])).values()];
  const goalIds = new Set([...deps.plan.goals.map((g) => g.id), ...all.map((m) => m.goalId)]);
  if (filter.goal !== undefined && !goalIds.has(filter.goal)) throw new UnknownFilterError(FILTER_MESSAGES.unknownGoal);
  const keep = ownerFilter(filter.owner, all, owners, people);

  const measures = all.filter((m) => (filter.goal === undefined || m.goalId === filter.goal) && keep(m)).sort((a, b) => byText(a.id, b.id));
  const goals = filter.goal === undefined ? deps.plan.goals : deps.plan.goals.filter((g) => g.id === filter.goal);
  const summary = buildSummary(goals, measures, decisions.slice(0, 5), now);
  const latest = new Map<string, Decision>();
  for (const d of decisions) if (!latest.has(d.measureId)) latest.set(d.measureId, d);
  const overdue = new Set(summary.overdue.map((m) => m.id));

  return {
    today: osloDate(now),
    statuses: [...MEASURE_STATUSES],
    goals: summary.goals.map((g) => ({ id: g.goalId, title: g.title, counts: g.counts, total: Object.values(g.counts).reduce((a, b) => a + b, 0) })),
    measures: measures.map((m): MeasureDto => {
      const decision = lastDecision(m, latest);
      const link = links?.get(m.id);
      return {
        id: m.id, title: m.title, goalId: m.goalId, status: m.status, responsible: m.responsible,
        owners: (owners.get(m.id) ?? []).map((p) => p.name),
        ...(m.deadline ? { deadline: m.deadline } : {}),
        overdue: overdue.has(m.id),
        ...(decision ? { lastDecision: decision } : {}),
        ...(link ? { link } : {}),
      };
    }),
    overdue: summary.overdue.map((m) => m.id),
    filters: {
      goals: deps.plan.goals.map((g): OptionDto => ({ value: g.id, label: `${g.id} ${g.title}` })),
      responsible: [...new Set(all.map((m) => m.responsible).filter(Boolean))].sort(byText).map((r) => ({ value: `r:${r}`, label: r })),
      owners: people.sort((a, b) => byText(a.name, b.name)).map((p) => ({ value: `p:${p.aadObjectId}`, label: p.name })),
    },
    applied: { ...(filter.goal !== undefined ? { goal: filter.goal } : {}), ...(filter.owner !== undefined ? { owner: filter.owner } : {}) },
    source: deps.links ? 'sharepoint' : 'local',
  };
}

/** `r:<responsible>` keeps that role's measures, `p:<object id>` that owner's; unknown values are refused. */
function ownerFilter(value: string | undefined, all: Measure[], owners: Map<string, Person[]>, people: Person[]): (m: Measure) => boolean {
  if (value === undefined) return () => true;
  if (value.startsWith('r:') && all.some((m) => m.responsible === value.slice(2))) return (m) => m.responsible === value.slice(2);
  if (value.startsWith('p:') && people.some((p) => p.aadObjectId === value.slice(2))) {
    return (m) => (owners.get(m.id) ?? []).some((p) => p.aadObjectId === value.slice(2));
  }
  throw new UnknownFilterError(FILTER_MESSAGES.unknownOwner);
}
