import type { Goal, Measure, WheelEntry } from '../plan/types';
import { timingText } from '../plan/timing-text';
import { GOALS_LIST, MEASURES_LIST, STATUS_LOG_LIST, wheelList, type ListDefinition } from './columns';
import type { GraphConnection } from './graph-client';
import { ListClient } from './list-client';
import { measureToFields } from './mapping';
import { retryPolicy, type Attempt, type GraphFailure, type RetryPolicy } from './retry';

/** What provisioning did; a second run reports nothing created. */
export interface ProvisionReport {
  lists: Array<{ displayName: string; id: string; created: boolean; columnsAdded: string[] }>;
  measuresImported: string[];
  measuresKept: number;
  goalsImported: string[];
  wheelImported: string[];
}

export interface ProvisionOptions {
  siteId: string;
  /** The plan's measures; missing ones are added, existing items (and their status) are never changed. */
  measures: Measure[];
  /** The plan's goals and wheel entries; like measures, only missing ones are added. */
  goals?: Goal[];
  wheel?: WheelEntry[];
  /** Choices of a new wheel list's Audience column; default the plan's audiences or the standard four. */
  audiences?: string[];
  measuresList?: string;
  goalsList?: string;
  wheelList?: string;
  retry?: Partial<RetryPolicy>;
}

/** Thrown when Graph refuses provisioning for good (permissions, bad site id). */
export class ProvisionError extends Error {
  override readonly name = 'ProvisionError';

  /** `status`: what Graph answered, when it answered (403: no write permission on the site). */
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export function wheelEntryToFields(e: WheelEntry): Record<string, unknown> {
  const t = e.timing;
  return {
    Title: e.title,
    EntryId: e.id,
    Timing: timingText(t),
    Audience: e.audience,
    Measures: e.measures.join(', '),
    Message: e.todo,
    Responsible: e.responsible ?? null,
    Day: t.kind !== 'deadline' && t.day !== undefined ? t.day : null,
    Time: t.time ?? null,
  };
}

/**
 * Creates the plan's lists (Goals, Measures, Wheel) and the StatusLog with typed columns, adds
 * columns missing from lists that exist, and adds the plan's rows that are missing. Idempotent:
 * an existing row is never changed, whatever the plan file says.
 */
export async function provisionSharePoint(graph: GraphConnection, options: ProvisionOptions): Promise<ProvisionReport> {
  const lists = new ListClient(graph, options.siteId, retryPolicy(options.retry));
  const audiences = options.audiences ?? (options.wheel?.length ? [...new Set(options.wheel.map((w) => w.audience))] : undefined);
  const defs: ListDefinition[] = [
    { ...MEASURES_LIST, displayName: options.measuresList ?? MEASURES_LIST.displayName },
    STATUS_LOG_LIST,
    { ...GOALS_LIST, displayName: options.goalsList ?? GOALS_LIST.displayName },
    { ...wheelList(audiences), displayName: options.wheelList ?? wheelList().displayName },
  ];
  const report: ProvisionReport = { lists: [], measuresImported: [], measuresKept: 0, goalsImported: [], wheelImported: [] };
  for (const def of defs) report.lists.push(await ensureList(lists, def));
  const [measuresId, , goalsId, wheelId] = report.lists.map((l) => l.id) as [string, string, string, string];
  const measures = await addMissing(lists, measuresId, 'MeasureId', options.measures, measureToFields);
  report.measuresImported = measures.added;
  report.measuresKept = measures.kept;
  report.goalsImported = (await addMissing(lists, goalsId, 'GoalId', options.goals ?? [], (g) => ({ Title: g.title, GoalId: g.id }))).added;
  report.wheelImported = (await addMissing(lists, wheelId, 'EntryId', options.wheel ?? [], wheelEntryToFields)).added;
  return report;
}

/** Adds the rows whose id the list does not have yet; never touches an existing item. */
async function addMissing<T extends { id: string }>(
  lists: ListClient, listId: string, key: string, rows: readonly T[], toFields: (row: T) => Record<string, unknown>,
): Promise<{ added: string[]; kept: number }> {
  if (rows.length === 0) return { added: [], kept: 0 };
  const existing = new Set(must(await lists.items(listId), `reading list ${key}`).map((i) => String(i.fields[key] ?? '')));
  const added: string[] = [];
  let kept = 0;
  for (const row of rows) {
    if (existing.has(row.id)) {
      kept++;
      continue;
    }
    must(await lists.createItem(listId, toFields(row)), `adding ${key} ${row.id}`);
    existing.add(row.id);
    added.push(row.id);
  }
  return { added, kept };
}

/** Creates a list if it is missing and adds the columns it lacks; the plan's lists and the curated lists alike. */
export async function ensureList(lists: ListClient, def: ListDefinition) {
  let id = must(await lists.findList(def.displayName), `finding list ${def.displayName}`);
  let created = false;
  if (!id) {
    const made = await lists.createList(def);
    if (made.ok) {
      id = made.value;
      created = true;
    } else {
      // 409: created by a parallel run since we looked; use that one.
      if (made.failure.status !== 409) throw refused(`creating list ${def.displayName}`, made.failure, lists.siteId);
      id = must(await lists.findList(def.displayName), `finding list ${def.displayName}`);
      if (!id) throw new ProvisionError(`list ${def.displayName} reported as existing but not found`);
    }
  }
  const have = new Set(must(await lists.columns(id), `reading the columns of ${def.displayName}`).map((c) => c.name));
  const columnsAdded: string[] = [];
  for (const column of def.columns) {
    if (have.has(column.name)) continue;
    const r = await lists.addColumn(id, column);
    if (!r.ok && r.failure.status !== 409) throw refused(`adding column ${column.name} to ${def.displayName}`, r.failure, lists.siteId);
    columnsAdded.push(column.name);
  }
  return { displayName: def.displayName, id, created, columnsAdded };
}

/**
 * A refusal, with what to do when it is the permission: Sites.Selected's `write` is Contribute,
 * which may not create lists or columns; `manage` may, and is set by a PATCH of the permission.
 */
function refused(what: string, f: GraphFailure, siteId: string): ProvisionError {
  if (f.status !== 403) return new ProvisionError(`${what}: ${f.message}`, f.status);
  return new ProvisionError(
    `${what}: ${f.message}. Appen har ikke lov til å opprette lister og kolonner på området: rollen «write» holder ikke, den trenger «manage». ` +
      `Gi den med PATCH https://graph.microsoft.com/v1.0/sites/${siteId}/permissions/<permission id> og {"roles":["manage"]} (se docs/install.md, steg 4), og kjør igjen.`,
    f.status,
  );
}

function must<T>(r: Attempt<T>, what: string): T {
  if (r.ok) return r.value;
  throw new ProvisionError(`${what}: ${r.failure.message}`, r.failure.status);
}
