import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import type { GraphConnection } from '../sharepoint/graph-client';
import { REPORTS_FOLDER } from '../sharepoint/drive-upload';
import { retryPolicy, type RetryPolicy } from '../sharepoint/retry';
import type { Db } from '../storage/database';
import type { LoadedDocument } from './types';
import { KnowledgeBase } from './index';
import { READ_LIMITS, titleOf, type ReadLimits } from './loaders';
import { ParseThread } from './parse-thread';
import { documentsOf, KnowledgeSyncCache, type CachedItem } from './sharepoint-cache';
import { DriveClient, type DriveItem } from './sharepoint-drive';
import { failure, fetchAndParse, isKnowledgeFile } from './sharepoint-parse';

export interface SharePointKnowledgeDeps {
  graph: GraphConnection;
  db: Db;
  /** SHAREPOINT_SITE_ID; its default document library is used when driveId is unset. */
  siteId: string;
  /** SHAREPOINT_DRIVE_ID, the document library. */
  driveId?: string;
  /** SHAREPOINT_KNOWLEDGE_FOLDER, a path inside the library ('' = the whole library). */
  folder: string;
  log: ILogger;
  clock: Clock;
  retry?: Partial<RetryPolicy>;
  /** How much of each file is read (tests shrink it); default READ_LIMITS. */
  limits?: ReadLimits;
}

/** One sync's outcome. The index is always usable: built from what is cached when Graph is unreachable. */
export interface SyncResult {
  kb: KnowledgeBase;
  /** Files added or re-read. */
  changed: number;
  /** Files no longer in the folder. */
  removed: number;
  /** Files skipped, with the reason (Norwegian, for the coordinators). */
  failed: Array<{ name: string; reason: string }>;
  /** Set when SharePoint could not be read; `kb` is then the cached copy from the last sync. */
  unavailable?: string;
}

/**
 * KNOWLEDGE_SOURCE=sharepoint: keeps a local, parsed copy of one document-library folder through
 * Graph delta queries, and rebuilds the KnowledgeBase from it. Only changed files are
 * downloaded; the delta link and parsed text live in SQLite so a restart resumes.
 */
export class SharePointKnowledgeSync {
  private readonly drive: DriveClient;
  private readonly cache: KnowledgeSyncCache;
  private target: { driveId: string; folderId: string } | undefined;
  /** Parses the downloaded files in a worker thread; its worker ends with each sync. */
  private readonly parser: ParseThread;

  constructor(private readonly deps: SharePointKnowledgeDeps) {
    if (!deps.siteId) throw new Error('SharePointKnowledgeSync needs SHAREPOINT_SITE_ID');
    this.drive = new DriveClient(deps.graph, retryPolicy(deps.retry));
    this.parser = new ParseThread(deps.limits ?? READ_LIMITS);
    // Keyed by the settings, not by resolved ids, so a restart while Graph is down still finds its copy.
    this.cache = new KnowledgeSyncCache(deps.db, `${deps.siteId}|${deps.driveId ?? '(standard)'}|${deps.folder}`);
  }

  /** The documents of the cached copy, without calling Graph; for a fast start before the first sync. */
  cachedDocuments(): LoadedDocument[] {
    return documentsOf(this.cache.items());
  }

  /** The index of the cached copy, built without holding the event loop. */
  cached(): Promise<KnowledgeBase> {
    return KnowledgeBase.build(this.cachedDocuments(), undefined, this.deps.log);
  }

  async syncOnce(): Promise<SyncResult> {
    const target = await this.resolve();
    if (!target.ok) return this.unavailable(target.reason);
    const { driveId, folderId } = target.value;
    const cache = this.cache;
    const stored = cache.deltaLink();
    let full = !stored;
    let r = await this.drive.changes(stored ?? this.drive.deltaStart(driveId, folderId)).catch((e: Error) => failure(e));
    if (!r.ok && r.failure.status === 410 && stored) {
      // The token expired: enumerate everything again and reconcile against the cache.
      this.deps.log.warn('kunnskapssynk: delta-lenken er utløpt (410), leser hele mappen på nytt');
      full = true;
      r = await this.drive.changes(this.drive.deltaStart(driveId, folderId)).catch((e: Error) => failure(e));
    }
    if (!r.ok) return this.unavailable(r.failure.message);
    try {
      return await this.apply(driveId, folderId, cache, r.value.items, r.value.deltaLink, full);
    } finally {
      await this.parser.close();
    }
  }

  private async apply(driveId: string, folderId: string, cache: KnowledgeSyncCache, items: DriveItem[], deltaLink: string | undefined, full: boolean): Promise<SyncResult> {
    const state = cache.items();
    const folders = new Set([folderId, ...[...state.values()].filter((i) => i.kind === 'folder').map((i) => i.itemId)]);
    const seen = new Set<string>();
    const upserts = new Map<string, CachedItem>();
    const removed = new Set<string>();
    const failed: SyncResult['failed'] = [];
    let changed = 0;
    let transient = false;
    const drop = (id: string) => {
      if (state.has(id) || upserts.has(id)) removed.add(id);
      upserts.delete(id);
    };

    for (const item of items) {
      seen.add(item.id);
      const inScope = item.parentReference?.id !== undefined && folders.has(item.parentReference.id);
      if (item.deleted || !inScope || !item.name) {
        if (item.deleted || state.has(item.id)) drop(item.id);
        if (item.deleted) folders.delete(item.id);
        continue;
      }
      // The bot's own reports ("Rapporter" at the library's root) are never knowledge.
      if (item.folder && item.name === REPORTS_FOLDER && item.parentReference?.id === folderId && !this.deps.folder.split('/').some(Boolean)) {
        drop(item.id);
        continue;
      }
      removed.delete(item.id);
      if (item.folder) {
        folders.add(item.id);
        upserts.set(item.id, { itemId: item.id, kind: 'folder', name: item.name });
        continue;
      }
      if (!item.file || !isKnowledgeFile(item.name)) {
        drop(item.id);
        continue;
      }
      const cached = state.get(item.id);
      if (cached && cached.cTag && cached.cTag === item.cTag) {
        // Content unchanged (a rename or metadata edit): keep the text, update name and link.
        if (cached.name !== item.name || cached.webUrl !== item.webUrl) upserts.set(item.id, { ...cached, name: item.name, ...(item.webUrl ? { webUrl: item.webUrl } : {}) });
        continue;
      }
      const read = await fetchAndParse(this.drive, driveId, item, this.deps.log, this.parser, this.deps.limits);
      if (read.transient) transient = true;
      if (read.error) failed.push({ name: item.name, reason: read.error });
      // A file read only in part is indexed, and the coordinators are told what was left out.
      if (read.warning) failed.push({ name: item.name, reason: read.warning });
      if (read.pages) changed++;
      upserts.set(item.id, {
        itemId: item.id, kind: 'file', name: item.name,
        ...(item.webUrl ? { webUrl: item.webUrl } : {}),
        // A download that failed for a passing reason keeps no cTag, so the next full read retries it.
        ...(item.cTag && !read.transient ? { cTag: item.cTag } : {}),
        ...(read.pages ? { pages: read.pages, title: titleOf(read.pages, item.name) } : { error: read.error }),
      });
    }
    if (full) for (const id of state.keys()) if (!seen.has(id)) removed.add(id);

    // After a passing failure the old link is kept, so the same changes come again next time;
    // unchanged files are then skipped by their cTag, so only the failed ones are downloaded.
    const nextLink = transient ? cache.deltaLink() : deltaLink;
    cache.save({ upserts: [...upserts.values()], removed: [...removed], deltaLink: nextLink }, this.deps.clock.now());
    const removedFiles = [...removed].filter((id) => state.get(id)?.kind === 'file' && state.get(id)?.pages).length;
    const kb = await KnowledgeBase.build(documentsOf(cache.items()), undefined, this.deps.log);
    this.deps.log.info(`kunnskapssynk: ${changed} endret, ${removedFiles} fjernet, ${failed.length} feilet; ${kb.size.documents} dokumenter`);
    return { kb, changed, removed: removedFiles, failed };
  }

  /** Drive and folder ids, resolved once per process. */
  private async resolve(): Promise<{ ok: true; value: NonNullable<SharePointKnowledgeSync['target']> } | { ok: false; reason: string }> {
    if (this.target) return { ok: true, value: this.target };
    let driveId = this.deps.driveId;
    if (!driveId) {
      const d = await this.drive.defaultDriveId(this.deps.siteId).catch((e: Error) => failure(e));
      if (!d.ok) return { ok: false, reason: `fant ikke dokumentbiblioteket til området: ${d.failure.message}` };
      driveId = d.value;
    }
    const f = await this.drive.folderId(driveId, this.deps.folder).catch((e: Error) => failure(e));
    if (!f.ok) return { ok: false, reason: `fant ikke mappen «${this.deps.folder}»: ${f.failure.message}` };
    this.target = { driveId, folderId: f.value };
    return { ok: true, value: this.target };
  }

  private async unavailable(reason: string): Promise<SyncResult> {
    this.deps.log.warn(`kunnskapssynk: SharePoint kunne ikke leses (${reason}); bruker lagret kopi`);
    return { kb: await this.cached(), changed: 0, removed: 0, failed: [], unavailable: reason };
  }
}

