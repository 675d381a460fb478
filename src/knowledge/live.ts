import type { ILogger } from '@microsoft/teams.common';
import type { CuratedData } from './curated';
import { KnowledgeBase, type AskOptions, type AskResult } from './index';
import { loadDirectory, READ_LIMITS, type ReadLimits } from './loaders';
import type { SharePointKnowledgeSync } from './sharepoint-source';
import type { LoadedDocument } from './types';

/** What one reload found: counts, and files that could not be read (named, for coordinators). */
export interface RefreshReport {
  documents: number;
  changed: number;
  removed: number;
  failed: Array<{ name: string; reason: string }>;
  /** Set when the source could not be read; the previous index stays in use. */
  unavailable?: string;
}

/** Where the documents come from: a local folder, or a SharePoint library. */
export interface KnowledgeSource {
  /** Documents to answer from before the first full load (e.g. a cached copy), if any. */
  initial?(): LoadedDocument[];
  /** Reads the documents and indexes them without holding the event loop (KnowledgeBase.build). */
  load(): Promise<{ kb: KnowledgeBase } & Omit<RefreshReport, 'documents'>>;
}

export function folderSource(dir: string, log: ILogger, limits: ReadLimits = READ_LIMITS): KnowledgeSource {
  return {
    async load() {
      const { documents, warnings } = await loadDirectory(dir, log, limits);
      const kb = await KnowledgeBase.build(documents, undefined, log);
      log.info(`kunnskapsbase lastet: ${kb.size.documents} dokumenter, ${kb.size.chunks} avsnitt`);
      return { kb, changed: kb.size.documents, removed: 0, failed: warnings.map((w) => ({ name: dir, reason: w })) };
    },
  };
}

export function sharePointSource(sync: SharePointKnowledgeSync): KnowledgeSource {
  return { initial: () => sync.cachedDocuments(), load: () => sync.syncOnce() };
}

/**
 * The index the bot answers from. The bot listens before the first index is built: until then
 * `ready` is false and questions get a "loading" answer. A reload builds a new index beside the
 * old one, which keeps answering, and swaps it in with one assignment, so a question never
 * sees a half-built index. Reloads asked for while one runs join it.
 */
export class LiveKnowledge {
  private current: KnowledgeBase = KnowledgeBase.fromDocuments([]);
  private hasIndex = false;
  private loadedOnce = false;
  private running: Promise<RefreshReport> | undefined;

  /**
   * `curated`: the municipality's curated answers and staff words as they are now (they are
   * re-read on their own schedule, apart from the documents), used by every question.
   */
  constructor(private readonly source: KnowledgeSource, private readonly log?: ILogger, private readonly curated?: () => CuratedData) {}

  /** True once there is an index to answer from (the cached copy or a completed load). */
  get ready(): boolean {
    return this.hasIndex;
  }

  /** True once a load has completed; /readyz reports it. */
  get loaded(): boolean {
    return this.loadedOnce;
  }

  get size() {
    return this.current.size;
  }

  ask(question: string, options?: AskOptions): AskResult {
    const curated = options?.curated ?? this.curated?.();
    return this.current.ask(question, curated ? { ...options, curated } : options);
  }

  /** A word of the current index's documents (see KnowledgeBase.knows); false for all but function words before the first load. */
  knows(word: string): boolean {
    return this.current.knows(word);
  }

  /** Reads and indexes the documents again; the previous index answers until this one is ready. */
  refresh(): Promise<RefreshReport> {
    this.running ??= this.reload().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Resolves when no reload is running (its outcome is the caller's of `refresh`). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async reload(): Promise<RefreshReport> {
    if (!this.hasIndex) await this.fromInitial();
    const { kb, ...report } = await this.source.load();
    if (!report.unavailable || kb.size.chunks > 0) this.current = kb;
    this.hasIndex = true;
    this.loadedOnce = true;
    return { documents: this.current.size.documents, ...report };
  }

  /** The cached copy, if the source keeps one: something to answer from while the full load runs. */
  private async fromInitial(): Promise<void> {
    const docs = this.source.initial?.() ?? [];
    if (docs.length === 0) return;
    this.current = await KnowledgeBase.build(docs, undefined, this.log);
    this.hasIndex = true;
  }
}
