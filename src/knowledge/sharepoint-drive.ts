import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { GraphConnection } from '../sharepoint/graph-client';
import { withRetry, type Attempt, type RetryPolicy } from '../sharepoint/retry';

/** The driveItem fields knowledge sync reads; tombstones carry little more than id and `deleted`. */
export interface DriveItem {
  id: string;
  name?: string;
  webUrl?: string;
  cTag?: string;
  eTag?: string;
  size?: number;
  file?: Record<string, unknown>;
  folder?: Record<string, unknown>;
  root?: Record<string, unknown>;
  deleted?: Record<string, unknown>;
  parentReference?: { id?: string; driveId?: string };
}

interface DeltaPage {
  value: DriveItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

const enc = encodeURIComponent;

/** "Delte dokumenter/Kunnskap" → "Delte%20dokumenter/Kunnskap" (each segment encoded, slashes kept). */
export function encodeDrivePath(folder: string): string {
  return folder.split('/').filter(Boolean).map(enc).join('/');
}

/** The few drive calls knowledge sync makes, each under the retry policy; failures are values. */
export class DriveClient {
  constructor(private readonly graph: GraphConnection, private readonly retry: RetryPolicy) {}

  /** The id of the site's default document library ("Dokumenter"/"Shared Documents"). */
  async defaultDriveId(siteId: string): Promise<Attempt<string>> {
    const r = await withRetry(this.retry, () => this.graph.client.api(`/sites/${enc(siteId)}/drive`).select('id').get() as Promise<{ id: string }>);
    return r.ok ? { ok: true, value: r.value.id } : r;
  }

  /** The folder's item id; '' or '/' means the library's root. */
  async folderId(driveId: string, folder: string): Promise<Attempt<string>> {
    const path = encodeDrivePath(folder);
    const url = path ? `/drives/${enc(driveId)}/root:/${path}:` : `/drives/${enc(driveId)}/root`;
    const r = await withRetry(this.retry, () => this.graph.client.api(url).get() as Promise<DriveItem>);
    if (!r.ok) return r;
    if (!r.value.folder) {
      return { ok: false, failure: { status: 400, transient: false, throttled: false, message: `${folder} er ikke en mappe` } };
    }
    return { ok: true, value: r.value.id };
  }

  /** Where a full enumeration of the folder starts. */
  deltaStart(driveId: string, folderId: string): string {
    return `/drives/${enc(driveId)}/items/${enc(folderId)}/delta`;
  }

  /**
   * Every change since `from` (a start path or a stored @odata.deltaLink), following
   * @odata.nextLink to the end; returns the items and the new delta link. A 410 comes back as a
   * failure with status 410: the token expired and the caller must enumerate again.
   */
  async changes(from: string): Promise<Attempt<{ items: DriveItem[]; deltaLink: string | undefined }>> {
    const items: DriveItem[] = [];
    let next: string | undefined = from.startsWith('http') ? this.graph.relativePath(from) : from;
    while (next) {
      const path: string = next;
      const r = await withRetry(this.retry, () => this.graph.client.api(path).get() as Promise<DeltaPage>);
      if (!r.ok) return r;
      items.push(...r.value.value);
      const nextLink = r.value['@odata.nextLink'];
      if (!nextLink) return { ok: true, value: { items, deltaLink: r.value['@odata.deltaLink'] } };
      next = this.graph.relativePath(nextLink);
    }
    return { ok: true, value: { items, deltaLink: undefined } };
  }

  /** The file's bytes; Graph answers with a redirect to a pre-authenticated URL, which fetch follows. */
  async download(driveId: string, itemId: string): Promise<Attempt<Buffer>> {
    const r = await withRetry(this.retry, () =>
      this.graph.client.api(`/drives/${enc(driveId)}/items/${enc(itemId)}/content`).responseType(ResponseType.ARRAYBUFFER).get() as Promise<ArrayBuffer>,
    );
    return r.ok ? { ok: true, value: Buffer.from(r.value) } : r;
  }
}
