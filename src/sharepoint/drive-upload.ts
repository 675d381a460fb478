import type { GraphConnection } from './graph-client';
import { withRetry, type Attempt, type GraphFailure, type RetryPolicy } from './retry';

/**
 * The folder at the root of the plan's document library where generated reports are saved.
 * Knowledge sync skips it, so a report is never read back as a guide.
 */
export const REPORTS_FOLDER = 'Rapporter';

/** What Graph says about an uploaded file; `webUrl` opens it in SharePoint (Word for the web). */
export interface UploadedItem {
  id: string;
  name: string;
  webUrl: string;
}

interface DriveItemReply {
  id: string;
  name?: string;
  webUrl?: string;
  folder?: Record<string, unknown>;
}

const enc = encodeURIComponent;

/** Simple upload (one PUT) is for small files; our reports are far below this. */
export const MAX_SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;

function failed(status: number, message: string): { ok: false; failure: GraphFailure } {
  return { ok: false, failure: { status, transient: false, throttled: false, message } };
}

/**
 * Writes files into a SharePoint document library through the real Graph client: the library
 * (a site's default drive, or a given drive), a folder at its root made when missing, and a
 * simple upload that replaces a file of the same name. Every call runs under the retry policy
 * (429 and 5xx, honouring Retry-After); failures come back as values.
 */
export class DriveUploader {
  constructor(private readonly graph: GraphConnection, private readonly retry: RetryPolicy) {}

  /** The site's default document library, the one knowledge sync reads without SHAREPOINT_DRIVE_ID. */
  async defaultDriveId(siteId: string): Promise<Attempt<string>> {
    const r = await withRetry(this.retry, () => this.graph.client.api(`/sites/${enc(siteId)}/drive`).select('id').get() as Promise<{ id: string }>);
    return r.ok ? { ok: true, value: r.value.id } : r;
  }

  /** The id of the folder `name` at the library's root, created when missing (a concurrent create is fine). */
  async ensureRootFolder(driveId: string, name: string): Promise<Attempt<string>> {
    const byPath = `/drives/${enc(driveId)}/root:/${enc(name)}:`;
    const found = await withRetry(this.retry, () => this.graph.client.api(byPath).get() as Promise<DriveItemReply>);
    if (found.ok) return found.value.folder ? { ok: true, value: found.value.id } : failed(409, `«${name}» finnes, men er ikke en mappe`);
    if (found.failure.status !== 404) return found;
    const created = await withRetry(this.retry, () =>
      this.graph.client.api(`/drives/${enc(driveId)}/root/children`).post({ name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' }) as Promise<DriveItemReply>,
    );
    if (created.ok) return { ok: true, value: created.value.id };
    // Another instance made it between our read and our create: read it again.
    if (created.failure.status !== 409) return created;
    const again = await withRetry(this.retry, () => this.graph.client.api(byPath).get() as Promise<DriveItemReply>);
    return again.ok ? { ok: true, value: again.value.id } : again;
  }

  /** Uploads `bytes` as `name` into the folder, replacing a file of that name. */
  async upload(driveId: string, folderId: string, name: string, bytes: Buffer, contentType: string): Promise<Attempt<UploadedItem>> {
    if (bytes.length > MAX_SIMPLE_UPLOAD_BYTES) return failed(413, `filen er for stor for enkel opplasting (${bytes.length} byte)`);
    const url = `/drives/${enc(driveId)}/items/${enc(folderId)}:/${enc(name)}:/content`;
    const r = await withRetry(this.retry, () => this.graph.client.api(url).header('Content-Type', contentType).put(bytes) as Promise<DriveItemReply>);
    if (!r.ok) return r;
    if (!r.value.webUrl) return failed(502, 'Graph svarte uten webUrl for filen');
    return { ok: true, value: { id: r.value.id, name: r.value.name ?? name, webUrl: r.value.webUrl } };
  }
}
