import type { GraphConnection } from './graph-client';
import { withRetry, type Attempt, type RetryPolicy } from './retry';
import type { ListItem } from './list-client';

interface DeltaItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: Record<string, unknown>;
  deleted?: Record<string, unknown>;
  '@removed'?: Record<string, unknown>;
}

interface DeltaPage {
  value: DeltaItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * A local copy of one list kept current with Graph's listItem delta: the first sync enumerates
 * every item, later ones fetch only what changed since the stored @odata.deltaLink. A 410 (the
 * token expired) starts a full enumeration again. The items come back in list (item id) order.
 */
export class DeltaList {
  private readonly items = new Map<string, ListItem>();
  private deltaLink: string | undefined;

  constructor(
    private readonly graph: GraphConnection,
    private readonly retry: RetryPolicy,
    /** e.g. /sites/{site}/lists/{list} */
    private readonly listPath: string,
    /** The columns to read; lookup and person columns need naming to come back with values. */
    private readonly select: readonly string[],
  ) {}

  /** Current items, ordered by item id as SharePoint shows them. */
  current(): ListItem[] {
    return [...this.items.values()].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
  }

  /** Applies the changes since the last sync; `changed` is false when nothing moved. */
  async sync(): Promise<Attempt<{ changed: boolean }>> {
    const first = await this.pull(this.deltaLink);
    if (first.ok || first.failure.status !== 410) return first;
    // The delta token expired: enumerate everything again, as Graph asks.
    this.deltaLink = undefined;
    this.items.clear();
    return this.pull(undefined);
  }

  private start(): string {
    return `${this.listPath}/items/delta?$expand=fields($select=${this.select.join(',')})`;
  }

  private async pull(from: string | undefined): Promise<Attempt<{ changed: boolean }>> {
    const full = from === undefined;
    const seen = new Map<string, ListItem | null>();
    let path: string | undefined = from ? this.graph.relativePath(from) : this.start();
    let deltaLink: string | undefined;
    while (path) {
      const current: string = path;
      const r = await withRetry(this.retry, () => this.graph.client.api(current).get() as Promise<DeltaPage>);
      if (!r.ok) return r;
      // The same item can appear more than once in a feed: the last occurrence wins.
      for (const i of r.value.value) {
        seen.set(i.id, i.deleted || i['@removed'] ? null : { id: i.id, eTag: i.eTag ?? i['@odata.etag'] ?? '', fields: i.fields ?? {} });
      }
      const next = r.value['@odata.nextLink'];
      deltaLink = r.value['@odata.deltaLink'];
      path = next ? this.graph.relativePath(next) : undefined;
    }
    let changed = full && this.items.size > 0;
    if (full) this.items.clear();
    for (const [id, item] of seen) {
      const before = this.items.get(id);
      if (item === null) {
        if (!before) continue;
        this.items.delete(id);
      } else {
        if (before && before.eTag === item.eTag && item.eTag !== '') continue;
        this.items.set(id, item);
      }
      changed = true;
    }
    this.deltaLink = deltaLink;
    return { ok: true, value: { changed } };
  }
}
