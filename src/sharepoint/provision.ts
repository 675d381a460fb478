import type { Measure } from '../plan/types';
import { MEASURES_LIST, STATUS_LOG_LIST, type ListDefinition } from './columns';
import type { GraphConnection } from './graph-client';
import { ListClient } from './list-client';
import { measureToFields } from './mapping';
import { retryPolicy, type Attempt, type RetryPolicy } from './retry';

/** What provisioning did; a second run reports nothing created. */
export interface ProvisionReport {
  lists: Array<{ displayName: string; id: string; created: boolean; columnsAdded: string[] }>;
  measuresImported: string[];
  measuresKept: number;
}

export interface ProvisionOptions {
  siteId: string;
  /** The plan's measures; missing ones are added, existing items (and their status) are never changed. */
  measures: Measure[];
  measuresList?: string;
  retry?: Partial<RetryPolicy>;
}

/** Thrown when Graph refuses provisioning for good (permissions, bad site id). */
export class ProvisionError extends Error {
  override readonly name = 'ProvisionError';
}

/** Creates the Measures and StatusLog lists with typed columns and imports measures, idempotently. */
export async function provisionSharePoint(graph: GraphConnection, options: ProvisionOptions): Promise<ProvisionReport> {
  const lists = new ListClient(graph, options.siteId, retryPolicy(options.retry));
  const measuresDef = { ...MEASURES_LIST, displayName: options.measuresList ?? MEASURES_LIST.displayName };
  const report: ProvisionReport = { lists: [], measuresImported: [], measuresKept: 0 };
  for (const def of [measuresDef, STATUS_LOG_LIST]) report.lists.push(await ensureList(graph, lists, def));
  const measuresId = report.lists[0]!.id;
  const existing = new Set(must(await lists.items(measuresId), 'reading measures').map((i) => String(i.fields.MeasureId)));
  for (const m of options.measures) {
    if (existing.has(m.id)) {
      report.measuresKept++;
      continue;
    }
    must(await lists.createItem(measuresId, measureToFields(m)), `importing measure ${m.id}`);
    report.measuresImported.push(m.id);
  }
  return report;
}

async function ensureList(graph: GraphConnection, lists: ListClient, def: ListDefinition) {
  let id = must(await lists.findList(def.displayName), `finding list ${def.displayName}`);
  let created = false;
  if (!id) {
    const path = `/sites/${encodeURIComponent(lists.siteId)}/lists`;
    const body = { displayName: def.displayName, columns: def.columns, list: { template: 'genericList' } };
    try {
      id = ((await graph.client.api(path).post(body)) as { id: string }).id;
      created = true;
    } catch (err) {
      // 409: created by a parallel run since we looked; use that one.
      if ((err as { statusCode?: number }).statusCode !== 409) throw new ProvisionError(`creating list ${def.displayName}: ${String(err)}`);
      id = must(await lists.findList(def.displayName), `finding list ${def.displayName}`);
      if (!id) throw new ProvisionError(`list ${def.displayName} reported as existing but not found`);
    }
  }
  const columnsPath = `${lists.listPath(id)}/columns`;
  const have = new Set(((await graph.client.api(columnsPath).get()) as { value: Array<{ name: string }> }).value.map((c) => c.name));
  const columnsAdded: string[] = [];
  for (const column of def.columns) {
    if (have.has(column.name)) continue;
    await graph.client.api(columnsPath).post(column);
    columnsAdded.push(column.name);
  }
  return { displayName: def.displayName, id, created, columnsAdded };
}

function must<T>(r: Attempt<T>, what: string): T {
  if (r.ok) return r.value;
  throw new ProvisionError(`${what}: ${r.failure.message}`);
}

