import { EmulatorStore, fieldsResource, itemResource, etagOf, type EmulatedList, type FieldsView } from './store';
import { listDelta } from './delta';

/** What a route answers; the server serialises it. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  ifMatch: string | undefined;
  baseUrl: string;
  pageSize: number;
}

const err = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });

/** `Name eq 'value'` or `fields/Name eq 'value'`: the only filter shape we use. */
function parseFilter(filter: string | undefined): { field: string; value: string } | undefined {
  const m = filter?.match(/^\s*(?:fields\/)?(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/);
  return m ? { field: m[1]!, value: m[2]!.replace(/''/g, "'") } : undefined;
}

/** Routes the SharePoint list subset of Graph; unknown paths get 404 like Graph. */
export function route(store: EmulatorStore, req: RouteRequest): Reply {
  const parts = req.path.split('/').filter(Boolean).map(decodeURIComponent);
  // The site itself, as the readiness check reads it.
  if (parts[0] === 'sites' && parts.length === 2 && req.method === 'GET') return { status: 200, body: { id: parts[1], displayName: parts[1] } };
  if (parts[0] !== 'sites' || parts[2] !== 'lists' || !parts[1]) return err(404, 'itemNotFound', 'Not found');
  const siteId = parts[1];
  const key = `${req.method} ${parts.slice(3).map((p, i) => (i === 0 || i === 2 ? ':id' : p)).join('/')}`;
  if (key === 'GET ') return listLists(store, siteId, req);
  if (key === 'POST ') return createList(store, siteId, req);
  const list = store.list(siteId, parts[3]!);
  if (!list) return err(404, 'itemNotFound', 'The list does not exist.');
  const view: FieldsView = { list, directory: store.directory, ...selectOf(req.query) };
  if (req.method === 'GET' && parts[4] === 'items' && parts[5] === 'delta' && parts.length === 6) return listDelta(list, req, view);
  switch (key) {
    case 'GET :id':
      return { status: 200, body: listResource(list) };
    case 'GET :id/columns':
      return { status: 200, body: { value: list.columns } };
    case 'POST :id/columns': {
      const def = req.body as Record<string, unknown>;
      if (list.columns.some((c) => c.name === def.name)) return err(409, 'nameAlreadyExists', `A column named '${String(def.name)}' already exists.`);
      return { status: 201, body: store.addColumn(list, def) };
    }
    case 'GET :id/items':
      return listItems(list, req, view);
    case 'POST :id/items': {
      const fields = ((req.body ?? {}) as { fields?: Record<string, unknown> }).fields ?? {};
      const invalid = store.validate(list, fields);
      if (invalid) return err(invalid.status, invalid.status === 409 ? 'nameAlreadyExists' : 'invalidRequest', invalid.message);
      return { status: 201, body: itemResource(store.addItem(list, fields, new Date().toISOString()), view) };
    }
  }
  const item = list.items.find((i) => i.id === parts[5]);
  if (!item) return err(404, 'itemNotFound', 'The item does not exist.');
  if (key === 'GET :id/items/:id') return { status: 200, body: itemResource(item, view) };
  if (key === 'DELETE :id/items/:id') {
    store.deleteItem(list, item);
    return { status: 204 };
  }
  if (key === 'PATCH :id/items/:id/fields') {
    // If-Match is optional in Graph; when given it must be the current eTag ('*' matches any).
    if (req.ifMatch && req.ifMatch !== '*' && req.ifMatch !== etagOf(item)) {
      return err(412, 'preconditionFailed', 'The eTag does not match the current version.');
    }
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const invalid = store.validate(list, fields, item);
    if (invalid) return err(invalid.status, invalid.status === 409 ? 'nameAlreadyExists' : 'invalidRequest', invalid.message);
    store.updateFields(item, fields, new Date().toISOString(), list);
    return { status: 200, body: fieldsResource(item, { list, directory: store.directory }), headers: { etag: etagOf(item) } };
  }
  return err(405, 'methodNotAllowed', `${req.method} not supported on ${req.path}`);
}

function listResource(list: EmulatedList): Record<string, unknown> {
  const webUrl = `https://emulator.sharepoint.local/sites/${encodeURIComponent(list.siteId)}/Lists/${encodeURIComponent(list.displayName)}`;
  return { id: list.id, name: list.displayName, displayName: list.displayName, webUrl, list: { template: 'genericList' } };
}

/** `expand=fields($select=A,B)` → { select: ['A', 'B'] }. */
function selectOf(query: Record<string, string>): { select?: string[] } {
  const m = /fields\(\$?select=([^)]*)\)/.exec(query['$expand'] ?? query['expand'] ?? '');
  return m ? { select: m[1]!.split(',').map((s) => s.trim()).filter(Boolean) } : {};
}

function listLists(store: EmulatorStore, siteId: string, req: RouteRequest): Reply {
  const f = parseFilter(req.query['$filter']);
  const lists = store.lists(siteId).filter((l) => !f || (f.field === 'displayName' && l.displayName === f.value));
  return { status: 200, body: { value: lists.map(listResource) } };
}

function createList(store: EmulatorStore, siteId: string, req: RouteRequest): Reply {
  const body = (req.body ?? {}) as { displayName?: string; columns?: Array<Record<string, unknown>> };
  if (!body.displayName) return err(400, 'invalidRequest', 'displayName is required');
  if (store.list(siteId, body.displayName)) return err(409, 'nameAlreadyExists', 'A list with this name already exists.');
  return { status: 201, body: { ...listResource(store.createList(siteId, body.displayName, body.columns ?? [])) } };
}

/** Items, filtered, in pages of $top (or the small default) with an absolute @odata.nextLink. */
function listItems(list: EmulatedList, req: RouteRequest, view: FieldsView): Reply {
  const f = parseFilter(req.query['$filter']);
  const all = list.items.filter((i) => !f || String(i.fields[f.field] ?? '') === f.value);
  const top = Math.max(1, Number(req.query['$top'] ?? req.pageSize) || req.pageSize);
  const skip = Number(req.query['$skiptoken'] ?? 0) || 0;
  const page = all.slice(skip, skip + top);
  const expand = (req.query['expand'] ?? req.query['$expand'] ?? '').includes('fields');
  const value = page.map((i) => (expand ? itemResource(i, view) : { ...itemResource(i), fields: undefined }));
  const body: Record<string, unknown> = { value };
  if (skip + top < all.length) {
    const next = new URLSearchParams({ ...req.query, $top: String(top), $skiptoken: String(skip + top) });
    body['@odata.nextLink'] = `${req.baseUrl}${req.path}?${next.toString()}`;
  }
  return { status: 200, body };
}
