import type { ILogger } from '@microsoft/teams.common';
import { DriveUploader, REPORTS_FOLDER } from '../sharepoint/drive-upload';
import type { GraphConnection } from '../sharepoint/graph-client';
import { retryPolicy, type RetryPolicy } from '../sharepoint/retry';
import { DOCX_CONTENT_TYPE } from './build';
import type { ReportStore, StoreResult } from './store';

export interface SharePointReportStoreOptions {
  graph: GraphConnection;
  /** SHAREPOINT_SITE_ID: the site the app has Sites.Selected write on. */
  siteId: string;
  /** SHAREPOINT_DRIVE_ID, as knowledge sync uses it; unset means the site's default library. */
  driveId?: string;
  log: ILogger;
  retry?: Partial<RetryPolicy>;
}

/**
 * Saves reports in the "Rapporter" folder at the root of the plan's document library, the same
 * library knowledge sync reads (which skips this folder). The folder is made when missing; a
 * report of the same name (the same year) is replaced, so the folder holds one per year.
 */
export class SharePointReportStore implements ReportStore {
  readonly where = `i mappen «${REPORTS_FOLDER}» i planens dokumentbibliotek i SharePoint`;
  private readonly uploader: DriveUploader;
  private driveId: string | undefined;

  constructor(private readonly options: SharePointReportStoreOptions) {
    this.uploader = new DriveUploader(options.graph, retryPolicy(options.retry));
    this.driveId = options.driveId;
  }

  async save(name: string, bytes: Buffer): Promise<StoreResult> {
    const log = this.options.log;
    if (!this.driveId) {
      const d = await this.uploader.defaultDriveId(this.options.siteId);
      if (!d.ok) return this.failed('the site\'s document library', d.failure.status, d.failure.message);
      this.driveId = d.value;
    }
    const folder = await this.uploader.ensureRootFolder(this.driveId, REPORTS_FOLDER);
    if (!folder.ok) return this.failed('the reports folder', folder.failure.status, folder.failure.message);
    const up = await this.uploader.upload(this.driveId, folder.value, name, bytes, DOCX_CONTENT_TYPE);
    if (!up.ok) return this.failed('the upload', up.failure.status, up.failure.message);
    log.info(`year report saved in SharePoint (${bytes.length} bytes)`);
    return { kind: 'saved', report: { url: up.value.webUrl, name: up.value.name } };
  }

  private failed(step: string, status: number, message: string): StoreResult {
    this.options.log.warn(`year report not saved: ${step} failed (${message})`);
    // 423: the file is open (checked out or locked) in SharePoint and cannot be replaced now.
    return { kind: 'failed', reason: status === 423 ? 'locked' : 'unavailable' };
  }
}
