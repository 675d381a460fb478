/** One page (or the whole text, for formats without pages) of a loaded document. */
export interface DocumentPage {
  /** 1-based page number, or null when the format has no pages (.txt, .md, .docx). */
  page: number | null;
  /** The page text; markdown-style `#` headings are kept as structure hints. */
  text: string;
}

/** A document as the loaders hand it to the index; also what SharePoint sync will produce. */
export interface LoadedDocument {
  /** Stable id, e.g. the file name. */
  id: string;
  /** Title from the first heading, else derived from the file name. */
  title: string;
  /** The file name (or list item name) the document came from. */
  source: string;
  pages: DocumentPage[];
  /** Where a user can open the document, when known. */
  url?: string;
}

/** A passage of at most 1000 characters of actual document text, with where it came from. */
export interface Chunk {
  id: string;
  docIndex: number;
  /** The heading trail of the section the passage belongs to ('' when none). */
  section: string;
  page: number | null;
  /** Verbatim document text (line breaks kept, blank lines dropped). */
  text: string;
  /** Order of the chunk within its document. */
  seq: number;
  /** Index of the section (within the document) the window belongs to. */
  block: number;
  /** Character span inside its section, to tell overlapping windows apart. */
  start: number;
  end: number;
}

/** The hard contract on citation length. */
export const MAX_CHUNK_CHARS = 1000;
