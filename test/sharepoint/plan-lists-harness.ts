import { GraphEmulator, type EmulatedItem } from '../graph-emulator';
import { createGraphClient, type GraphConnection } from '../../src/sharepoint/graph-client';
import { provisionSharePoint } from '../../src/sharepoint/provision';
import { SharePointPlanSource, type SharePointPlanOptions } from '../../src/sharepoint/plan-source';
import type { Person, Plan } from '../../src/plan/types';
import { SITE } from './harness';

export const COORDINATORS_GROUP = 'group-koordinatorer';

/** person@eksempel.no for a person, so the emulated directory and the person columns agree. */
export const emailOf = (p: Person) => `${p.name.toLowerCase().replace(/[^a-zæøå]+/g, '.')}@eksempel.no`;

export interface PlanListsHarness {
  emulator: GraphEmulator;
  graph: GraphConnection;
  /** A source over the lists, with the coordinators' group. */
  source(options?: Partial<SharePointPlanOptions>): SharePointPlanSource;
  /** The item of a list by its id column (MeasureId, GoalId, EntryId). */
  item(list: 'Goals' | 'Measures' | 'Wheel', id: string): EmulatedItem;
  /** Edits an item as a coordinator in SharePoint's form would (the eTag changes). */
  edit(list: 'Goals' | 'Measures' | 'Wheel', id: string, fields: Record<string, unknown>): void;
  /** Adds an item as a coordinator would, bypassing the column constraints of the form. */
  add(list: 'Goals' | 'Measures' | 'Wheel', fields: Record<string, unknown>): EmulatedItem;
  /** Sets a measure's Owners person field to these people (added to the site as the people picker does). */
  setOwners(measureId: string, people: Array<{ name: string; email: string }>): void;
  close(): Promise<void>;
}

/**
 * An emulator holding the plan in its lists, as after `provision:sharepoint` and a coordinator
 * picking owners: goals, measures with owners as person fields, wheel entries, the Entra users,
 * and a group with the plan's coordinators.
 */
export async function planListsHarness(plan: Plan, options: { pageSize?: number } = {}): Promise<PlanListsHarness> {
  const emulator = await GraphEmulator.start(options.pageSize ? { pageSize: options.pageSize } : {});
  const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
  await provisionSharePoint(graph, { siteId: SITE, measures: plan.measures, goals: plan.goals, wheel: plan.wheel, ...(plan.audiences ? { audiences: plan.audiences } : {}) });
  const dir = emulator.store.directory;
  const people = new Map<string, Person>();
  for (const p of [...plan.coordinators, ...plan.owners.flatMap((o) => o.members)]) people.set(p.aadObjectId, p);
  for (const p of people.values()) dir.addUser({ id: p.aadObjectId, displayName: p.name, mail: emailOf(p) });
  dir.groups.set(COORDINATORS_GROUP, plan.coordinators.map((c) => c.aadObjectId));
  const list = (name: string) => emulator.store.list(SITE, name)!;
  const key = { Goals: 'GoalId', Measures: 'MeasureId', Wheel: 'EntryId' } as const;
  const harness: PlanListsHarness = {
    emulator,
    graph,
    source: (o = {}) => new SharePointPlanSource(graph, { siteId: SITE, coordinatorsGroupId: COORDINATORS_GROUP, base: { municipality: plan.municipality, title: plan.title, contacts: plan.contacts }, retry: { sleep: async () => {} }, ...o }),
    item(name, id) {
      const item = list(name).items.find((i) => i.fields[key[name]] === id);
      if (!item) throw new Error(`no ${name} item ${id}`);
      return item;
    },
    edit(name, id, fields) {
      emulator.store.updateFields(harness.item(name, id), fields, new Date().toISOString(), list(name));
    },
    add(name, fields) {
      return emulator.store.addItem(list(name), fields, new Date().toISOString());
    },
    setOwners(measureId, owners) {
      const ids = owners.map((o) => dir.ensureSiteUser(SITE, o));
      harness.edit('Measures', measureId, { OwnersLookupId: ids });
    },
    close: () => emulator.close(),
  };
  for (const role of plan.owners) {
    for (const m of role.measures) harness.setOwners(m, role.members.map((p) => ({ name: p.name, email: emailOf(p) })));
  }
  return harness;
}
