import { randomUUID } from 'node:crypto';
import { EmulatedDirectory } from './people';

/** A column as Graph returns it: a name plus one type facet (text, choice, dateTime, number...). */
export interface EmulatedColumn {
  id: string;
  name: string;
  displayName: string;
  indexed?: boolean;
  [facet: string]: unknown;
}

export interface EmulatedItem {
  id: string;
  guid: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
  /** Change sequence of the last write, for delta. */
  seq: number;
}

export interface EmulatedList {
  id: string;
  siteId: string;
  displayName: string;
  columns: EmulatedColumn[];
  items: EmulatedItem[];
  nextItemId: number;
  /** Last change sequence; delta tokens are `${generation}.${seq}`. */
  seq: number;
  /** Bumped by expireDeltaTokens(): older tokens get 410 like Graph's resyncRequired. */
  generation: number;
  tombstones: Array<{ id: string; seq: number }>;
}

/** SharePoint's built-in columns: always present, never duplicated by a create. */
const BUILT_IN = ['Title'];

/** The in-memory state behind the emulator: sites, lists, columns, items with eTags. */
export class EmulatorStore {
  private readonly sites = new Map<string, EmulatedList[]>();
  /** Entra users and groups, and each site's people (what person columns point at). */
  readonly directory = new EmulatedDirectory();

  lists(siteId: string): EmulatedList[] {
    let lists = this.sites.get(siteId);
    if (!lists) this.sites.set(siteId, (lists = []));
    return lists;
  }

  /** By id or display name, as Graph accepts both in /lists/{list-id}. */
  list(siteId: string, idOrName: string): EmulatedList | undefined {
    return this.lists(siteId).find((l) => l.id === idOrName || l.displayName === idOrName);
  }

  createList(siteId: string, displayName: string, columns: Array<Record<string, unknown>>): EmulatedList {
    const list: EmulatedList = { id: randomUUID(), siteId, displayName, columns: [], items: [], nextItemId: 1, seq: 0, generation: 1, tombstones: [] };
    for (const name of BUILT_IN) list.columns.push({ id: randomUUID(), name, displayName: name, text: {} });
    for (const c of columns) this.addColumn(list, c);
    this.lists(siteId).push(list);
    return list;
  }

  addColumn(list: EmulatedList, def: Record<string, unknown>): EmulatedColumn {
    const name = String(def.name);
    const column: EmulatedColumn = { ...def, id: randomUUID(), name, displayName: String(def.displayName ?? name) };
    list.columns.push(column);
    return column;
  }

  /** Removes a column and its values, as if the list had been made without it (an older release's list). */
  dropColumn(list: EmulatedList, name: string): void {
    list.columns = list.columns.filter((c) => c.name !== name);
    for (const item of list.items) delete item.fields[name];
  }

  addItem(list: EmulatedList, fields: Record<string, unknown>, now: string): EmulatedItem {
    const item: EmulatedItem = {
      id: String(list.nextItemId++),
      guid: randomUUID().toUpperCase(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      fields: normalise(list, fields),
      seq: ++list.seq,
    };
    list.items.push(item);
    return item;
  }

  /** Removes an item, leaving a tombstone that delta reports as deleted. */
  deleteItem(list: EmulatedList, item: EmulatedItem): void {
    list.items = list.items.filter((i) => i !== item);
    list.tombstones.push({ id: item.id, seq: ++list.seq });
  }

  /** Makes every delta token issued so far answer 410, as Graph does after long disconnection. */
  expireDeltaTokens(list: EmulatedList): void {
    list.generation++;
  }

  /** Every write bumps the version, so the eTag changes, as in SharePoint. */
  updateFields(item: EmulatedItem, fields: Record<string, unknown>, now: string, list?: EmulatedList): void {
    Object.assign(item.fields, list ? normalise(list, fields) : fields);
    item.version++;
    item.lastModifiedDateTime = now;
    const owner = list ?? [...this.sites.values()].flat().find((l) => l.items.includes(item));
    if (owner) item.seq = ++owner.seq;
  }

  /** Why SharePoint would refuse these values (unknown field, invalid choice, duplicate unique value), if it would. */
  validate(list: EmulatedList, fields: Record<string, unknown>, self?: EmulatedItem): { status: 400 | 409; message: string } | undefined {
    for (const [key, value] of Object.entries(fields)) {
      if (key.includes('@odata')) continue;
      const name = personColumn(list, key) ?? key;
      const col = list.columns.find((c) => c.name === name);
      if (!col) return { status: 400, message: `Field '${name}' is not recognized` };
      if (col.personOrGroup) continue;
      if (col.enforceUniqueValues && value !== null && list.items.some((i) => i !== self && i.fields[name] === value)) {
        return { status: 409, message: `The list already has an item with ${name} '${String(value)}'` };
      }
      const choice = col.choice as { choices?: string[]; allowTextEntry?: boolean } | undefined;
      if (choice?.choices && !choice.allowTextEntry && value !== null && !choice.choices.includes(String(value))) {
        return { status: 400, message: `Value '${String(value)}' is not a valid choice for '${name}'` };
      }
    }
    return undefined;
  }
}

export function etagOf(item: EmulatedItem): string {
  return `"{${item.guid}},${item.version}"`;
}

/** How a read asks for fields: the columns of `expand=fields($select=…)`, and where to find people. */
export interface FieldsView {
  select?: readonly string[];
  list?: EmulatedList;
  directory?: EmulatedDirectory;
}

/** The listItem resource as Graph returns it with expand=fields. */
export function itemResource(item: EmulatedItem, view: FieldsView = {}): Record<string, unknown> {
  const etag = etagOf(item);
  return {
    '@odata.etag': etag,
    eTag: etag,
    id: item.id,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    fields: fieldsResource(item, view),
  };
}

/**
 * Fields as Graph gives them: a person column comes back as `<Name>LookupId` unless it is named
 * in $select, and then as [{ LookupId, LookupValue, Email }]; $select keeps only those columns.
 */
export function fieldsResource(item: EmulatedItem, view: FieldsView = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item), id: item.id };
  for (const [name, value] of Object.entries(item.fields)) {
    if (view.select && !view.select.includes(name)) continue;
    const person = view.list?.columns.find((c) => c.name === name && c.personOrGroup);
    if (!person || !Array.isArray(value)) {
      out[name] = value;
    } else if (view.select?.includes(name)) {
      out[name] = value.map((id: number) => {
        const u = view.directory?.siteUser(view.list!.siteId, id);
        return { LookupId: id, LookupValue: u?.name ?? '', Email: u?.email ?? '' };
      });
    } else {
      out[`${name}LookupId`] = value.map(String);
    }
  }
  return out;
}

/** `OwnersLookupId` names the person column `Owners`. */
function personColumn(list: EmulatedList, key: string): string | undefined {
  const base = key.endsWith('LookupId') ? key.slice(0, -'LookupId'.length) : undefined;
  return base && list.columns.some((c) => c.name === base && c.personOrGroup) ? base : undefined;
}

/**
 * Stores values the way SharePoint hands them back: dateTime without milliseconds, and a
 * dateOnly value as midnight of its day in the site's time zone (Europe/Oslo), in UTC.
 */
function normalise(list: EmulatedList, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.includes('@odata')) continue;
    const person = personColumn(list, key);
    // A person column is written as its lookup ids and kept as numbers, like SharePoint.
    if (person) out[person] = (Array.isArray(value) ? value : value === null ? [] : [value]).map(Number);
    else out[key] = value;
  }
  for (const [name, value] of Object.entries(out)) {
    const format = (list.columns.find((c) => c.name === name)?.dateTime as { format?: string } | undefined)?.format;
    if (!format || typeof value !== 'string') continue;
    const instant = new Date(value);
    out[name] = format === 'dateOnly' ? osloMidnight(instant) : instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return out;
}

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
});

function osloMidnight(instant: Date): string {
  const day = osloParts.format(instant).slice(0, 10);
  // Oslo is UTC+1 or UTC+2: one of the two candidates is local midnight of that day.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) - offsetHours * 3_600_000);
    if (osloParts.format(candidate) === `${day}, 00`) return candidate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return `${day}T00:00:00Z`;
}
