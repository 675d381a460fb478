import { extname } from 'node:path';
import type { ILogger } from '@microsoft/teams.common';
import type { DriveClient, DriveItem } from './sharepoint-drive';
import { READ_LIMITS, SUPPORTED_EXTENSIONS, truncatedWarning, type ReadLimits } from './loaders';
import type { FileParser } from './parse-thread';
import type { DocumentPage } from './types';

/** Whether a library file is one the knowledge base can read (same types as KNOWLEDGE_DIR). */
export function isKnowledgeFile(name: string): boolean {
  // "~$" are Office lock files; README files describe a folder and are not knowledge.
  if (name.startsWith('.') || name.startsWith('~$') || /^readme\./i.test(name)) return false;
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Larger files are skipped: a plan or guide is far smaller, and parsing one this big would stall answers. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A read file's pages, or why it was skipped; `transient` when trying again later may work.
 * `warning` says what was left out of a file that was read (its text cut at the limit).
 */
export interface FetchOutcome {
  pages?: DocumentPage[];
  error?: string;
  warning?: string;
  transient?: boolean;
}

const tooLarge = { error: `filen er for stor (over ${MAX_FILE_BYTES / 1024 / 1024} MB)` };

/**
 * Downloads and parses one library file with `parser` (the bot's parsing worker, as for files
 * in KNOWLEDGE_DIR); never throws, a failure is a Norwegian reason.
 */
export async function fetchAndParse(drive: DriveClient, driveId: string, item: DriveItem, log: ILogger, parser: FileParser, limits: ReadLimits = READ_LIMITS): Promise<FetchOutcome> {
  const name = item.name ?? item.id;
  if ((item.size ?? 0) > MAX_FILE_BYTES) return tooLarge;
  const bytes = await drive.download(driveId, item.id).catch((e: Error) => failure(e));
  if (!bytes.ok) {
    log.warn(`kunnskapssynk: kunne ikke laste ned ${name}: ${bytes.failure.message}`);
    return { error: `kunne ikke laste ned filen (${bytes.failure.message})`, transient: bytes.failure.transient };
  }
  // The listed size is what Graph says; the bytes are what came.
  if (bytes.value.length > MAX_FILE_BYTES) return tooLarge;
  try {
    const { pages, truncated } = await parser.parse(name, bytes.value);
    if (pages.every((p) => p.text.trim() === '')) return { error: 'filen er tom' };
    if (truncated) {
      const warning = truncatedWarning(name, limits);
      log.warn(`kunnskapssynk: ${warning}`);
      return { pages, warning };
    }
    return { pages };
  } catch (err) {
    log.warn(`kunnskapssynk: hoppet over ${name}: ${(err as Error).message}`);
    return { error: `kunne ikke lese filen (${(err as Error).message})` };
  }
}

/** A bug-shaped throw (e.g. a link outside GRAPH_BASE_URL) still becomes a value at this edge. */
export function failure(e: Error): { ok: false; failure: { status: number; transient: boolean; throttled: boolean; message: string } } {
  return { ok: false, failure: { status: -1, transient: false, throttled: false, message: e.message } };
}
