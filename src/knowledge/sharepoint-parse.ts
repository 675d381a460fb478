import { extname } from 'node:path';
import { docxToText } from './docx';
import { SUPPORTED_EXTENSIONS } from './loaders';
import { pdfToPages } from './pdf';
import type { DocumentPage } from './types';

/** Whether a library file is one the knowledge base can read (same types as KNOWLEDGE_DIR). */
export function isKnowledgeFile(name: string): boolean {
  // "~$" are Office lock files; README files describe a folder and are not knowledge.
  if (name.startsWith('.') || name.startsWith('~$') || /^readme\./i.test(name)) return false;
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Turns downloaded bytes into pages with the same per-format parsing as loaders.ts `loadFile`,
 * which reads from disk and so cannot take bytes. Throws when the file cannot be parsed.
 */
export async function parseDownloaded(name: string, data: Buffer): Promise<DocumentPage[]> {
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '.txt':
    case '.md': {
      // A form feed is how some text extractions mark a page break (as in loaders.ts).
      const parts = data.toString('utf8').replace(/^\uFEFF/, '').split('\f');
      return parts.map((text, i) => ({ page: parts.length > 1 ? i + 1 : null, text }));
    }
    case '.pdf':
      return pdfToPages(new Uint8Array(data));
    case '.docx':
      return [{ page: null, text: await docxToText(data) }];
    default:
      throw new Error(`unsupported file type ${ext}`);
  }
}
