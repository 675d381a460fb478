import type { PlanProblem } from '../plan/problems';
import { validateRows, type Row } from '../plan/rules';
import type { PlanSnapshot, PlanSource } from '../plan/source';
import type { Contact, Goal, Measure, OwnerRole, Person, Plan, WheelEntry } from '../plan/types';
import { GOALS_LIST, MEASURES_LIST, wheelList } from './columns';
import { Directory } from './directory';
import type { GraphConnection } from './graph-client';
import { DeltaList } from './list-delta';
import { ListClient } from './list-client';
import { fieldsToMeasure } from './mapping';
import { fieldsToGoal, fieldsToWheelEntry, GOAL_FIELDS, itemRef, MEASURE_FIELDS, personValues, WHEEL_FIELDS } from './plan-rows';
import { retryPolicy, type Attempt, type RetryPolicy } from './retry';

export interface SharePointPlanOptions {
  siteId: string;
  /** Display names; defaults Goals, Measures, Wheel. */
  lists?: { goals?: string; measures?: string; wheel?: string };
  /** Entra group whose members are coordinators (COORDINATORS_GROUP_ID). */
  coordinatorsGroupId?: string;
  /** What the lists do not hold: the municipality's name, the plan's title, contacts. */
  base: Pick<Plan, 'municipality' | 'title' | 'contacts'> & { period?: string };
  retry?: Partial<RetryPolicy>;
}

/** Thrown when the lists cannot be read at all; the live plan keeps what it has. */
export class PlanListsUnavailableError extends Error {
  override readonly name = 'PlanListsUnavailableError';
}

type Lists = { goals: DeltaList; measures: DeltaList; wheel: DeltaList; wheelId: string; urls: Record<'goals' | 'measures' | 'wheel', string | undefined> };

/**
 * The plan from the SharePoint lists, the source of truth in tenant mode. Each read pulls the
 * changes since the last (Graph delta), the audience choices and the coordinators' group, and
 * rebuilds the plan only when one of them moved. Rows go through the same rules as the plan file.
 */
export class SharePointPlanSource implements PlanSource {
  readonly kind = 'sharepoint';
  private readonly retry: RetryPolicy;
  private readonly client: ListClient;
  private readonly directory: Directory;
  private lists: Lists | undefined;
  private lastKey = '';
  private coordinators: Person[] = [];

  constructor(private readonly graph: GraphConnection, private readonly options: SharePointPlanOptions) {
    if (!options.siteId) throw new RangeError('SharePointPlanSource needs a siteId (SHAREPOINT_SITE_ID).');
    this.retry = retryPolicy(options.retry);
    this.client = new ListClient(graph, options.siteId, this.retry);
    this.directory = new Directory(graph, this.retry);
  }

  get describe(): string {
    return `SharePoint ${this.options.siteId}`;
  }

  async read(): Promise<PlanSnapshot | undefined> {
    const lists = (this.lists ??= await this.open());
    const synced = await Promise.all([lists.goals.sync(), lists.measures.sync(), lists.wheel.sync()]);
    const changed = synced.map((r) => must(r, 'reading the plan lists').changed);
    const audiences = must(await this.audiences(lists.wheelId), 'reading the audience choices');
    await this.refreshCoordinators();
    const key = JSON.stringify([audiences, this.coordinators.map((c) => c.aadObjectId)]);
    if (this.lastKey && key === this.lastKey && !changed.some(Boolean)) return undefined;
    this.lastKey = key;
    return this.build(lists, audiences);
  }

  private async open(): Promise<Lists> {
    const names = this.options.lists ?? {};
    const open = async (name: string, select: readonly string[]) => {
      const id = must(await this.client.findList(name), `finding list ${name}`);
      if (!id) throw new PlanListsUnavailableError(`SharePoint list '${name}' not found; run npm run provision:sharepoint.`);
      const meta = await this.graph.client.api(this.client.listPath(id)).select('id,webUrl').get() as { webUrl?: string };
      return { id, url: meta.webUrl, delta: new DeltaList(this.graph, this.retry, this.client.listPath(id), select) };
    };
    const goals = await open(names.goals ?? GOALS_LIST.displayName, GOAL_FIELDS);
    const measures = await open(names.measures ?? MEASURES_LIST.displayName, MEASURE_FIELDS);
    const wheel = await open(names.wheel ?? wheelList().displayName, WHEEL_FIELDS);
    return { goals: goals.delta, measures: measures.delta, wheel: wheel.delta, wheelId: wheel.id, urls: { goals: goals.url, measures: measures.url, wheel: wheel.url } };
  }

  /** The Audience column's choices: the audiences channels can subscribe to. */
  private async audiences(wheelId: string): Promise<Attempt<string[] | undefined>> {
    const r = await this.client.columns(wheelId);
    if (!r.ok) return r;
    const column = r.value.find((c) => c.name === 'Audience') as { choice?: { choices?: string[] } } | undefined;
    return { ok: true, value: column?.choice?.choices?.map((c) => c.toLowerCase()) };
  }

  /** A failed group read keeps the coordinators we had: approval rights never flicker. */
  private async refreshCoordinators(): Promise<void> {
    if (!this.options.coordinatorsGroupId) return;
    const r = await this.directory.groupMembers(this.options.coordinatorsGroupId);
    if (r.ok) this.coordinators = r.value;
    else if (this.coordinators.length === 0) throw new PlanListsUnavailableError(`reading the coordinators' group: ${r.failure.message}`);
  }

  private async build(lists: Lists, audiences: string[] | undefined): Promise<PlanSnapshot> {
    const problems: PlanProblem[] = [];
    const goals: Array<Row<Goal>> = lists.goals.current().map((item, i) => ({ value: fieldsToGoal(item.fields), ref: itemRef('goals', item, i + 1, lists.urls.goals) }));
    const measureItems = lists.measures.current();
    const measures: Array<Row<Measure>> = measureItems.map((item, i) => ({ value: fieldsToMeasure(item.fields), ref: itemRef('measures', item, i + 1, lists.urls.measures) }));
    const wheel: Array<Row<WheelEntry>> = lists.wheel.current().map((item, i) => {
      const ref = itemRef('wheel', item, i + 1, lists.urls.wheel);
      const { entry, invalid } = fieldsToWheelEntry(item.fields);
      for (const message of invalid) problems.push({ kind: 'invalid', ref, id: entry.id, title: entry.title, message });
      return { value: entry, ref };
    });
    const valid = validateRows({ goals, measures, wheel, ...(audiences ? { audiences } : {}) });
    const owners = await this.owners(measureItems, measures, new Set(valid.measures.map((m) => m.id)), problems);
    const base = this.options.base;
    const plan: Plan = {
      municipality: base.municipality, title: base.title, ...(base.period ? { period: base.period } : {}), contacts: base.contacts as Contact[],
      goals: valid.goals, measures: valid.measures, wheel: valid.wheel, owners, coordinators: this.coordinators,
      ...(audiences ? { audiences } : {}),
    };
    return { plan, problems: [...valid.problems, ...problems] };
  }

  /** One owner role per measure, from its Owners column; people not found in Entra ID are reported. */
  private async owners(items: Array<{ fields: Record<string, unknown> }>, rows: Array<Row<Measure>>, kept: Set<string>, problems: PlanProblem[]): Promise<OwnerRole[]> {
    const roles: OwnerRole[] = [];
    for (let i = 0; i < rows.length; i++) {
      const { value: m, ref } = rows[i]!;
      if (!kept.has(m.id)) continue;
      const members: Person[] = [];
      for (const p of personValues(items[i]!.fields, 'Owners')) {
        const r = p.email ? await this.directory.userByEmail(p.email) : undefined;
        if (r && !r.ok) throw new PlanListsUnavailableError(`looking up an owner: ${r.failure.message}`);
        if (r?.value) members.push(r.value);
        else problems.push({ kind: 'owner', ref, id: m.id, title: m.title, message: `eieren «${p.name}» finnes ikke i Entra ID${p.email ? '' : ' (ingen e-post)'}; velg personen på nytt` });
      }
      if (members.length) roles.push({ role: m.responsible || `Tiltak ${m.id}`, members, measures: [m.id] });
    }
    return roles;
  }
}

function must<T>(r: Attempt<T>, what: string): T {
  if (r.ok) return r.value;
  throw new PlanListsUnavailableError(`${what}: ${r.failure.message}`);
}
