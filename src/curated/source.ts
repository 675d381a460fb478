import type { CuratedSnapshot, CuratedState, RawCuratedRow } from './types';

/**
 * An answer a coordinator proposes from the tab: the fields of a row, the main question first,
 * the owner the coordinator as the server decided, the review date YYYY-MM-DD.
 */
export type CuratedProposal = Omit<RawCuratedRow, 'ref'>;

/** Where a proposal was saved, for the coordinator's confirmation. */
export type SaveResult =
  | { kind: 'saved'; where: 'sharepoint'; id: string; url?: string }
  | { kind: 'saved'; where: 'file'; file: string }
  | { kind: 'unavailable'; reason: string };

/**
 * Where the municipality keeps its curated answers and staff words: files in local mode, the
 * SharePoint lists "Kuraterte svar" and "Synonymer" in tenant mode. `read` returns undefined when
 * nothing changed since the last read, and throws when the source cannot be read at all (the
 * caller keeps what it has).
 */
export interface CuratedSource {
  readonly kind: 'file' | 'sharepoint';
  /** For logs: files or a site, never content. */
  readonly describe: string;
  /** Whether the lists exist or could be made; `off` when the site permission does not allow it. */
  state(): CuratedState;
  read(): Promise<CuratedSnapshot | undefined>;
  /** Saves a proposed answer where the coordinators keep them. */
  save(proposal: CuratedProposal): Promise<SaveResult>;
}
