/** A saved report: where people open it, and its file name. */
export interface SavedReport {
  url: string;
  name: string;
}

/** Why a report could not be saved; the caller turns it into a Norwegian message. */
export type SaveFailure = 'locked' | 'unavailable';

export type StoreResult = { kind: 'saved'; report: SavedReport } | { kind: 'failed'; reason: SaveFailure };

/**
 * Where generated reports go: the plan's SharePoint library ("Rapporter"), or in local mode a
 * folder under DATA_DIR that the bot serves itself.
 */
export interface ReportStore {
  /** Where the reports are, for the chat reply: "i mappen «Rapporter» …". */
  readonly where: string;
  save(name: string, bytes: Buffer): Promise<StoreResult>;
}
