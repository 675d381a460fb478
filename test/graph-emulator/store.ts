import { randomUUID } from 'node:crypto';

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
}

export interface EmulatedList {
  id: string;
  displayName: string;
  columns: EmulatedColumn[];
  items: EmulatedItem[];
  nextItemId: number;
}

/** SharePoint's built-in columns: always present, never duplicated by a create. */
const BUILT_IN = ['Title'];

/** The in-memory state behind the emulator: sites, lists, columns, items with eTags. */
export class EmulatorStore {
  private readonly sites = new Map<string, EmulatedList[]>();

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
    const list: EmulatedList = { id: randomUUID(), displayName, columns: [], items: [], nextItemId: 1 };
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

  addItem(list: EmulatedList, fields: Record<string, unknown>, now: string): EmulatedItem {
    const item: EmulatedItem = {
      id: String(list.nextItemId++),
      guid: randomUUID().toUpperCase(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      fields: normalise(list, fields),
    };
    list.items.push(item);
    return item;
  }

  /** Every write bumps the version, so the eTag changes, as in SharePoint. */
  updateFields(item: EmulatedItem, fields: Record<string, unknown>, now: string, list?: EmulatedList): void {
    Object.assign(item.fields, list ? normalise(list, fields) : fields);
    item.version++;
    item.lastModifiedDateTime = now;
  }

  /** Why SharePoint would refuse these values (unknown field, invalid choice, duplicate unique value), if it would. */
  validate(list: EmulatedList, fields: Record<string, unknown>, self?: EmulatedItem): { status: 400 | 409; message: string } | undefined {
    for (const [name, value] of Object.entries(fields)) {
      const col = list.columns.find((c) => c.name === name);
      if (!col) return { status: 400, message: `Field '${name}' is not recognized` };
      if (col.enforceUniqueValues && value !== null && list.items.some((i) => i !== self && i.fields[name] === value)) {
        return { status: 409, message: `The list already has an item with ${name} '${String(value)}'` };
      }
      const choice = col.choice as { choices?: string[] } | undefined;
      if (choice?.choices && value !== null && !choice.choices.includes(String(value))) {
        return { status: 400, message: `Value '${String(value)}' is not a valid choice for '${name}'` };
      }
    }
    return undefined;
  }
}

export function etagOf(item: EmulatedItem): string {
  return `"{${item.guid}},${item.version}"`;
}

/** The listItem resource as Graph returns it with expand=fields. */
export function itemResource(item: EmulatedItem): Record<string, unknown> {
  const etag = etagOf(item);
  return {
    '@odata.etag': etag,
    eTag: etag,
    id: item.id,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    fields: fieldsResource(item),
  };
}

export function fieldsResource(item: EmulatedItem): Record<string, unknown> {
  return { '@odata.etag': etagOf(item), id: item.id, ...item.fields };
}

/**
 * Stores values the way SharePoint hands them back: dateTime without milliseconds, and a
 * dateOnly value as midnight of its day in the site's time zone (Europe/Oslo), in UTC.
 */
function normalise(list: EmulatedList, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const [name, value] of Object.entries(fields)) {
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
