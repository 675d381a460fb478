import type { ColumnDefinition, ListDefinition } from './columns';
import type { GraphConnection } from './graph-client';
import { withRetry, type Attempt, type RetryPolicy } from './retry';

/** A list item as we read it: Graph id, eTag and the column values. */
export interface ListItem {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
}

interface ItemPage {
  value: Array<{ id: string; eTag?: string; '@odata.etag'?: string; fields?: Record<string, unknown> }>;
  '@odata.nextLink'?: string;
}

/** OData string literal: single quotes doubled, then URL-encoded as one query value. */
export function eqFilter(field: string, value: string): string {
  return encodeURIComponent(`fields/${field} eq '${value.replace(/'/g, "''")}'`);
}

/**
 * Item-level access to SharePoint lists in one site, every call under the retry policy.
 * List ids are resolved from display names once and cached.
 */
export class ListClient {
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly graph: GraphConnection,
    readonly siteId: string,
    private readonly retry: RetryPolicy,
    /** Items per page ($top); unset leaves the server's default page size. */
    private readonly pageSize?: number,
  ) {}

  private get site(): string {
    return `/sites/${encodeURIComponent(this.siteId)}`;
  }

  /** The list's id, or undefined when no list has that display name. */
  async findList(displayName: string): Promise<Attempt<string | undefined>> {
    const cached = this.ids.get(displayName);
    if (cached) return { ok: true, value: cached };
    const filter = encodeURIComponent(`displayName eq '${displayName.replace(/'/g, "''")}'`);
    const r = await withRetry(this.retry, () => this.graph.client.api(`${this.site}/lists?$filter=${filter}`).get());
    if (!r.ok) return r;
    const id = (r.value as { value: Array<{ id: string }> }).value[0]?.id;
    if (id) this.ids.set(displayName, id);
    return { ok: true, value: id };
  }

  listPath(listId: string): string {
    return `${this.site}/lists/${encodeURIComponent(listId)}`;
  }

  /** All items (optionally filtered), following @odata.nextLink page by page. */
  async items(listId: string, filter?: string): Promise<Attempt<ListItem[]>> {
    const out: ListItem[] = [];
    let path: string | undefined =
      `${this.listPath(listId)}/items?expand=fields${this.pageSize ? `&$top=${this.pageSize}` : ''}${filter ? `&$filter=${filter}` : ''}`;
    while (path) {
      const current: string = path;
      // Our filters use indexed columns; the header keeps them working on lists made by hand without the index.
      const r = await withRetry(this.retry, () =>
        this.graph.client.api(current).header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly').get() as Promise<ItemPage>,
      );
      if (!r.ok) return r;
      for (const i of r.value.value) out.push({ id: i.id, eTag: i.eTag ?? i['@odata.etag'] ?? '', fields: i.fields ?? {} });
      const next = r.value['@odata.nextLink'];
      path = next ? this.graph.relativePath(next) : undefined;
    }
    return { ok: true, value: out };
  }

  /** The list's column definitions (name and type facets, e.g. a choice column's choices). */
  async columns(listId: string): Promise<Attempt<Array<{ name: string } & Record<string, unknown>>>> {
    const r = await withRetry(this.retry, () => this.graph.client.api(`${this.listPath(listId)}/columns`).get() as Promise<{ value: Array<{ name: string } & Record<string, unknown>> }>);
    return r.ok ? { ok: true, value: r.value.value } : r;
  }

  /** Creates a list with its columns (needs the site permission `manage`); the new list's id. */
  async createList(def: ListDefinition): Promise<Attempt<string>> {
    const body = { displayName: def.displayName, columns: def.columns, list: { template: 'genericList' } };
    const r = await withRetry(this.retry, () => this.graph.client.api(`${this.site}/lists`).post(body) as Promise<{ id: string }>);
    if (!r.ok) return r;
    this.ids.set(def.displayName, r.value.id);
    return { ok: true, value: r.value.id };
  }

  /** Adds a column to a list (needs the site permission `manage`). */
  async addColumn(listId: string, column: ColumnDefinition): Promise<Attempt<void>> {
    const r = await withRetry(this.retry, () => this.graph.client.api(`${this.listPath(listId)}/columns`).post(column));
    return r.ok ? { ok: true, value: undefined } : r;
  }

  async createItem(listId: string, fields: Record<string, unknown>): Promise<Attempt<ListItem>> {
    const r = await withRetry(this.retry, () => this.graph.client.api(`${this.listPath(listId)}/items`).post({ fields }));
    if (!r.ok) return r;
    const i = r.value as { id: string; eTag?: string; fields?: Record<string, unknown> };
    return { ok: true, value: { id: i.id, eTag: i.eTag ?? '', fields: i.fields ?? {} } };
  }

  /** PATCH …/items/{id}/fields with If-Match; a 412 comes back as a failure with status 412. */
  async patchFields(listId: string, itemId: string, fields: Record<string, unknown>, eTag: string): Promise<Attempt<string>> {
    const r = await withRetry(this.retry, () =>
      this.graph.client.api(`${this.listPath(listId)}/items/${encodeURIComponent(itemId)}/fields`).header('If-Match', eTag).patch(fields),
    );
    if (!r.ok) return r;
    return { ok: true, value: String((r.value as { '@odata.etag'?: string })['@odata.etag'] ?? '') };
  }
}
