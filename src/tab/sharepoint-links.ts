import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import { MEASURES_LIST } from '../sharepoint/columns';
import type { GraphConnection } from '../sharepoint/graph-client';
import { ListClient } from '../sharepoint/list-client';
import { itemRef } from '../sharepoint/plan-rows';
import { retryPolicy, type RetryPolicy } from '../sharepoint/retry';

export interface MeasureLinksOptions {
  siteId: string;
  /** Display name of the measures list (SHAREPOINT_MEASURES_LIST); default Measures. */
  measuresList?: string;
  /** How long one reading is used; item ids never change, new measures appear within this. */
  maxAgeMs?: number;
  retry?: Partial<RetryPolicy>;
}

/**
 * Links from a measure id to its item's form in the SharePoint list (DispForm.aspx?ID=…, as the
 * plan's problem card links rows), read from the list once and kept for a few minutes. A failed
 * read gives no links rather than no page: the links are a convenience, the data is not.
 */
export class MeasureLinks {
  private readonly client: ListClient;
  private cached: { at: number; links: Map<string, string> } | undefined;
  private reading: Promise<Map<string, string>> | undefined;

  constructor(
    private readonly graph: GraphConnection,
    private readonly options: MeasureLinksOptions,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.client = new ListClient(graph, options.siteId, retryPolicy({ maxAttempts: 2, ...options.retry }));
  }

  async get(): Promise<Map<string, string>> {
    const maxAge = this.options.maxAgeMs ?? 5 * 60_000;
    if (this.cached && this.clock.now().getTime() - this.cached.at < maxAge) return this.cached.links;
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<Map<string, string>> {
    const name = this.options.measuresList ?? MEASURES_LIST.displayName;
    try {
      const found = await this.client.findList(name);
      if (!found.ok || !found.value) throw new Error(found.ok ? `list ${name} not found` : found.failure.message);
      const meta = (await this.graph.client.api(this.client.listPath(found.value)).select('id,webUrl').get()) as { webUrl?: string };
      const items = await this.client.items(found.value);
      if (!items.ok) throw new Error(items.failure.message);
      const links = new Map<string, string>();
      items.value.forEach((item, i) => {
        const url = itemRef('measures', item, i + 1, meta.webUrl).url;
        const id = String(item.fields.MeasureId ?? '');
        if (id && url) links.set(id, url);
      });
      this.cached = { at: this.clock.now().getTime(), links };
      return links;
    } catch (err) {
      this.log.warn(`tab: links to the SharePoint items not read: ${err instanceof Error ? err.message : String(err)}`);
      return this.cached?.links ?? new Map();
    }
  }
}
