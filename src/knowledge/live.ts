import type { ILogger } from '@microsoft/teams.common';
import { KnowledgeBase, type AskOptions, type AskResult } from './index';
import type { SharePointKnowledgeSync } from './sharepoint-source';

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
  /** An index to answer from before the first full load (e.g. a cached copy), if any. */
  initial?(): KnowledgeBase | undefined;
  load(): Promise<{ kb: KnowledgeBase } & Omit<RefreshReport, 'documents'>>;
}

export function folderSource(dir: string, log: ILogger): KnowledgeSource {
  return {
    async load() {
      const { kb, warnings } = await KnowledgeBase.fromDirectory(dir, log);
      return { kb, changed: kb.size.documents, removed: 0, failed: warnings.map((w) => ({ name: dir, reason: w })) };
    },
  };
}

export function sharePointSource(sync: SharePointKnowledgeSync): KnowledgeSource {
  return { initial: () => sync.cached(), load: () => sync.syncOnce() };
}

/**
 * The index the bot answers from. A reload builds a new index beside the old one and swaps it
 * in with one assignment, so a question never sees a half-built index.
 */
export class LiveKnowledge {
  private current: KnowledgeBase;
  private loadedOnce = false;

  constructor(private readonly source: KnowledgeSource) {
    this.current = source.initial?.() ?? KnowledgeBase.fromDocuments([]);
  }

  /** True once a load has completed; /readyz reports it. */
  get loaded(): boolean {
    return this.loadedOnce;
  }

  get size() {
    return this.current.size;
  }

  ask(question: string, options?: AskOptions): AskResult {
    return this.current.ask(question, options);
  }

  async refresh(): Promise<RefreshReport> {
    const { kb, ...report } = await this.source.load();
    if (!report.unavailable || kb.size.chunks > 0) this.current = kb;
    this.loadedOnce = true;
    return { documents: this.current.size.documents, ...report };
  }
}
