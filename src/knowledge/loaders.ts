import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ILogger } from '@microsoft/teams.common';
import { MAX_PART_BYTES } from '../common/docx-package';
import { docxToText } from './docx';
import { detectHeading } from './headings';
import { ParseThread, type FileParser } from './parse-thread';
import { pdfToPages } from './pdf';
import type { DocumentPage, LoadedDocument } from './types';

/** File types the knowledge folder may hold. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.pdf', '.docx'];

/** Result of loading a folder: what loaded, and one warning per file that was skipped. */
export interface LoadResult {
  documents: LoadedDocument[];
  warnings: string[];
}

/** Thrown when the knowledge folder itself cannot be read (a configuration error, not content). */
export class KnowledgeDirError extends Error {
  override readonly name = 'KnowledgeDirError';
}

/** "handlingsplan-2022_2025.pdf" → "handlingsplan 2022 2025". */
export function titleFromFileName(file: string): string {
  return basename(file, extname(file)).replace(/[-_]+/g, ' ').trim();
}

/** The first markdown heading, else the first short line, else the file name. */
export function titleOf(pages: DocumentPage[], file: string): string {
  const text = pages.map((p) => p.text).join('\n');
  const md = /^#{1,3}\s+(.+?)\s*#*$/m.exec(text);
  if (md?.[1]) return md[1].trim();
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const first = lines[0];
  // A first line that is a section heading ("1 Forord") is not the document's title.
  if (first && first.length <= 100 && !/[.,;:]$/.test(first) && !detectHeading(first, lines[1]) && /\s/.test(first)) {
    return first;
  }
  return titleFromFileName(file);
}

/**
 * How much of an untrusted file is read: bytes inflated per zip part or PDF stream (never the
 * size the file declares) and characters of text per document; and what the worker that parses
 * it may use (see ParseThread). A plan or guide is far below all of them; a zip bomb or a
 * 2,000-page PDF is not, and reading all of it would stall or crash the bot.
 */
export interface ReadLimits {
  maxPartBytes: number;
  maxChars: number;
  /** The parsing worker's V8 heap. */
  maxParseHeapMb: number;
  /** How much the process's resident memory may grow while one file is parsed (buffers included). */
  maxParseMemoryMb: number;
  /** How long one file may take to parse. */
  maxParseMs: number;
}

/** Characters of text kept per document; the rest is skipped with a warning. */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/**
 * A 2,300-page PDF read up to the character limit takes about 5 s and 200 MB in the worker;
 * the parse limits leave room for a slow, shared machine and stop what no plan or guide needs.
 */
export const READ_LIMITS: ReadLimits = {
  maxPartBytes: MAX_PART_BYTES,
  maxChars: MAX_DOCUMENT_CHARS,
  maxParseHeapMb: 512,
  maxParseMemoryMb: 1024,
  maxParseMs: 60_000,
};

/** A file's pages, and whether its text was cut at `maxChars`. */
export interface ParsedFile {
  pages: DocumentPage[];
  truncated: boolean;
}

/** The warning for a document cut at the character limit; names the file. */
export function truncatedWarning(name: string, limits: ReadLimits = READ_LIMITS): string {
  return `${name} er for lang: bare de første ${limits.maxChars.toLocaleString('nb-NO')} tegnene er lest, resten er hoppet over`;
}

/** The pages up to `maxChars` characters in all; the page that crosses the limit is cut. */
export function capChars(pages: DocumentPage[], maxChars: number): ParsedFile {
  const out: DocumentPage[] = [];
  let left = maxChars;
  for (const p of pages) {
    if (p.text.length > left) {
      if (left > 0) out.push({ ...p, text: p.text.slice(0, left) });
      return { pages: out, truncated: true };
    }
    out.push(p);
    left -= p.text.length;
  }
  return { pages: out, truncated: false };
}

/** Loads one file into pages (cut at the character limit); throws when the file cannot be parsed. */
export async function loadFile(path: string, limits: ReadLimits = READ_LIMITS): Promise<DocumentPage[]> {
  return (await parseBytes(path, await readFile(path), limits)).pages;
}

/**
 * Turns a file's bytes into pages by its extension; used for files on disk and for files
 * downloaded from SharePoint alike, in the parsing worker (ParseThread) except in `loadFile`.
 * Throws when the file cannot be parsed or a part of it inflates past the limit; text past the
 * character limit is cut (`truncated`).
 */
export async function parseBytes(name: string, data: Buffer, limits: ReadLimits = READ_LIMITS): Promise<ParsedFile> {
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '.txt':
    case '.md': {
      // A form feed is how some text extractions mark a page break.
      const parts = data.toString('utf8').replace(/^\uFEFF/, '').split('\f');
      return capChars(parts.map((text, i) => ({ page: parts.length > 1 ? i + 1 : null, text })), limits.maxChars);
    }
    case '.pdf':
      return pdfToPages(new Uint8Array(data), limits);
    case '.docx':
      return capChars([{ page: null, text: await docxToText(data, limits) }], limits.maxChars);
    default:
      throw new Error(`unsupported file type ${ext}`);
  }
}

/**
 * Loads every supported file in a folder (not recursive). A broken, unreadable or empty file is
 * skipped with a warning that names it; the rest still loads. Files are parsed in a worker thread
 * (ParseThread) unless `parser` is given, which the caller then closes.
 */
export async function loadDirectory(dir: string, log?: ILogger, limits: ReadLimits = READ_LIMITS, parser?: FileParser): Promise<LoadResult> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
    names = (await readdir(dir)).sort();
  } catch (err) {
    throw new KnowledgeDirError(`Kan ikke lese kunnskapsmappen ${dir}: ${(err as Error).message}`);
  }
  if (parser) return loadFiles(dir, names, parser, limits, log);
  const own = new ParseThread(limits);
  try {
    return await loadFiles(dir, names, own, limits, log);
  } finally {
    await own.close();
  }
}

async function loadFiles(dir: string, names: string[], parser: FileParser, limits: ReadLimits, log?: ILogger): Promise<LoadResult> {
  const documents: LoadedDocument[] = [];
  const warnings: string[] = [];
  const warn = (msg: string): void => {
    warnings.push(msg);
    log?.warn(msg);
  };
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    // README files describe the folder, they are not knowledge; "~$" are Office lock files.
    if (!SUPPORTED_EXTENSIONS.includes(ext) || name.startsWith('.') || name.startsWith('~$')) continue;
    if (/^readme\./i.test(name)) continue;
    const path = join(dir, name);
    let pages: DocumentPage[];
    try {
      const parsed = await parser.parse(name, await readFile(path));
      pages = parsed.pages;
      if (parsed.truncated) warn(truncatedWarning(name, limits));
    } catch (err) {
      warn(`Hoppet over ${name}: kunne ikke lese filen (${(err as Error).message})`);
      continue;
    }
    if (pages.every((p) => p.text.trim() === '')) {
      warn(`Hoppet over ${name}: filen er tom`);
      continue;
    }
    documents.push({ id: name, title: titleOf(pages, name), source: name, pages });
  }
  return { documents, warnings };
}
